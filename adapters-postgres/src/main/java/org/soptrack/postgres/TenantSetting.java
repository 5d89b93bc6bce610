package org.soptrack.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Names the tenant of the current transaction for Row-Level Security policies. The setting is transaction-local
 * ({@code set_config(…, true)}): it ends with the commit or rollback, so it cannot leak to the next user of a pooled
 * connection. Policies read it as {@code NULLIF(current_setting('app.tenant_id', true), '')::uuid}.
 */
public final class TenantSetting {

    public static final String SETTING = "app.tenant_id";
    static final String SQL = "select set_config('" + SETTING + "', ?, true)";

    private TenantSetting() {
    }

    /** Must be the first statement of a transaction (auto-commit off). */
    public static void apply(Connection connection, TenantId tenant) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("The tenant can only be set inside a transaction");
        }
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, tenant.value().toString());
            statement.execute();
        }
    }

    /** The tenant the current transaction runs for, if one was set. */
    public static Optional<TenantId> current(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select current_setting('" + SETTING + "', true)");
             ResultSet result = statement.executeQuery()) {
            result.next();
            String value = result.getString(1);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(TenantId.parse(value));
        }
    }
}
