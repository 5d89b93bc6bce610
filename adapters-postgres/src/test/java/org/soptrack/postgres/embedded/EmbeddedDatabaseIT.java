package org.soptrack.postgres.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded server starts on a free port, keeps its data across restarts, and stays inside its own folders. */
class EmbeddedDatabaseIT {

    private final Path data = Path.of("target", "embedded-it", UUID.randomUUID().toString(), "postgres");

    private String query(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = db.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void data_survives_a_restart_and_the_server_is_postgres_17() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
            assertThat(query(db, "show server_version")).startsWith("17.");
            assertThat(query(db, "show unix_socket_directories")).isEmpty();
            assertThat(db.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:" + db.port());
            try (Connection c = db.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table kept (note text); insert into kept values ('still here')");
            }
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        // The binaries are unpacked once per JVM, into the runtime folder of the first database started in it.
        assertThat(data.resolveSibling("postgres-runtime")).isDirectory();

        try (EmbeddedDatabase again = EmbeddedDatabase.start(data)) {
            assertThat(query(again, "select note from kept")).isEqualTo("still here");
        }
    }
}
