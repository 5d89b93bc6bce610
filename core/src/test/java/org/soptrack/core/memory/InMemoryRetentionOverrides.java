package org.soptrack.core.memory;

import java.util.EnumMap;
import java.util.Map;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.RetentionOverrideRepository;

/** Organizations' retention overrides in memory, one row per organization. */
public final class InMemoryRetentionOverrides implements RetentionOverrideRepository {

    private final InMemoryTable<TenantId, Map<RetentionCategory, RetentionPeriod>> table;

    public InMemoryRetentionOverrides(InMemoryTransactions tx) {
        table = tx.newTable();
    }

    @Override
    public Map<RetentionCategory, RetentionPeriod> find(TenantId tenant) {
        return table.get(tenant, tenant).map(InMemoryTable.Row::value).orElse(Map.of());
    }

    @Override
    public void replace(TenantId tenant, Map<RetentionCategory, RetentionPeriod> periods) {
        table.deleteWhere(tenant, row -> true, 1);
        Map<RetentionCategory, RetentionPeriod> copy = new EnumMap<>(RetentionCategory.class);
        copy.putAll(periods);
        table.insert(tenant, tenant, Map.copyOf(copy), 0);
    }
}
