package org.soptrack.postgres;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.soptrack.core.port.out.PlatformRecordsPort;

/**
 * A platform table (the platform's own records, outside Row-Level Security and every organization's transaction):
 * each call on a connection of its own, one statement in auto-commit or several in one transaction, and the retention
 * statements by a time column, in batches that skip rows another sweeper holds.
 */
final class PlatformTable {

    /** A platform store: its retention by the table's time column, for the sweep. */
    abstract static class Store implements PlatformRecordsPort {

        final PlatformTable table;

        Store(PlatformTable table) {
            this.table = table;
        }

        @Override
        public long countExpired(Instant cutoff) {
            return table.countBefore(cutoff);
        }

        @Override
        public int removeExpired(Instant cutoff, int limit) {
            return table.deleteBefore(cutoff, limit);
        }
    }

    /** Work on one prepared statement. */
    interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Work on one connection, inside one transaction. */
    interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String table;
    private final String timeColumn;
    private final String what;

    /** {@code table} expires by {@code timeColumn}; {@code what} names it in errors. */
    PlatformTable(DataSource dataSource, String table, String timeColumn, String what) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.table = table;
        this.timeColumn = timeColumn;
        this.what = what;
    }

    /** One statement in auto-commit. */
    <T> T run(String sql, Statement<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        } catch (SQLException e) {
            throw new DataAccessException(what + ": " + e.getMessage(), e);
        }
    }

    /** Several statements in one transaction: all or nothing. */
    <T> T inTransaction(Transaction<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(what + ": " + e.getMessage(), e);
        }
    }

    /** How many rows' time is before {@code cutoff}. */
    long countBefore(Instant cutoff) {
        return run("SELECT count(*) FROM " + table + " WHERE " + timeColumn + " < ?", s -> {
            s.setTimestamp(1, Sql.time(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Deletes at most {@code limit} rows whose time is before {@code cutoff}; how many. */
    int deleteBefore(Instant cutoff, int limit) {
        return run("DELETE FROM " + table + " WHERE id = ANY (ARRAY(SELECT id FROM " + table + " WHERE "
                + timeColumn + " < ? LIMIT ? FOR UPDATE SKIP LOCKED))", s -> {
            s.setTimestamp(1, Sql.time(cutoff));
            s.setInt(2, limit);
            return s.executeUpdate();
        });
    }
}
