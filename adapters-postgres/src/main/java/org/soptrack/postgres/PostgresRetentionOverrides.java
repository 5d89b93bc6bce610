package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.RetentionOverrideRepository;

/** Organizations' retention overrides on PostgreSQL, a row per category; categories this build does not know are skipped. */
@Singleton
public final class PostgresRetentionOverrides implements RetentionOverrideRepository {

    private final JdbcOperations jdbc;

    PostgresRetentionOverrides(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<RetentionCategory, RetentionPeriod> find(TenantId tenant) {
        return NamedSql.run(jdbc, "SELECT category, period FROM retention_overrides WHERE organization_id = :tenant",
                Map.of("tenant", tenant.value()), s -> {
                    Map<RetentionCategory, RetentionPeriod> out = new EnumMap<>(RetentionCategory.class);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Optional<RetentionCategory> category = known(rs.getString("category"));
                            if (category.isPresent()) {
                                out.put(category.get(), RetentionPeriod.parse(rs.getString("period")));
                            }
                        }
                    }
                    return out;
                });
    }

    @Override
    public void replace(TenantId tenant, Map<RetentionCategory, RetentionPeriod> periods) {
        NamedSql.update(jdbc, "DELETE FROM retention_overrides WHERE organization_id = :tenant",
                Map.of("tenant", tenant.value()));
        periods.forEach((category, period) -> NamedSql.update(jdbc, "INSERT INTO retention_overrides "
                + "(organization_id, category, period) VALUES (:tenant, :category, :period)",
                Map.of("tenant", tenant.value(), "category", category.name(), "period", period.iso())));
    }

    private static Optional<RetentionCategory> known(String name) {
        return Arrays.stream(RetentionCategory.values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
