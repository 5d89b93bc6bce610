package org.soptrack.postgres;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TenantDirectoryPort;

/**
 * Organization ids across tenants, through the {@code SECURITY DEFINER} functions of migrations V6, V16 and V18: nothing but
 * ids crosses the tenant boundary here. Runs on its own connection, outside any use case's transaction.
 */
@Singleton
public final class PostgresTenantDirectory implements TenantDirectoryPort {

    private final DataSource dataSource;

    PostgresTenantDirectory(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public List<TenantId> tenants() {
        return ids("SELECT * FROM tenant_directory()", null, 0);
    }

    @Override
    public List<TenantId> withDueMessages(Instant now, int limit) {
        return ids("SELECT * FROM outbox_tenants_due(?, ?)", now, limit);
    }

    @Override
    public List<TenantId> organizationsOf(Email email) {
        return ids("SELECT * FROM member_organizations(?)", statement -> statement.setString(1, email.value()));
    }

    @Override
    public List<TenantId> organizationsWithCustomerPhone(PhoneNumber phone) {
        return ids("SELECT * FROM customer_phone_organizations(?)", statement -> statement.setString(1, phone.value()));
    }

    private List<TenantId> ids(String sql, Instant at, int limit) {
        return ids(sql, statement -> {
            if (at != null) {
                statement.setTimestamp(1, Timestamp.from(at));
                statement.setInt(2, limit);
            }
        });
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<TenantId> ids(String sql, Binding binding) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(statement);
            List<TenantId> out = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    out.add(TenantId.of(rs.getObject(1, UUID.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read the tenant directory", e);
        }
    }
}
