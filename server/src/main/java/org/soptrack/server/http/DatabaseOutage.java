package org.soptrack.server.http;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that means "the database cannot be reached right now" (no connection to be had, a pooled one found
 * closed, the server shutting down or starting) from any other: the first is a 503 the client may retry, the second a
 * 500.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof ConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 (connection exception) and 57P01-57P03 (shut down by the administrator, crashed, starting up). */
    private static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }
}
