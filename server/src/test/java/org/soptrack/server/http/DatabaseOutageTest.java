package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connection_failures_anywhere_in_the_chain_are_an_outage() {
        assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool timed out"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("wrapped",
                new RuntimeException(new ConnectException("refused"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("connection lost", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating: administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the system is starting up", "57P03"))).isTrue();
    }

    @Test
    void other_failures_are_not() {
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("query canceled", "57014"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
