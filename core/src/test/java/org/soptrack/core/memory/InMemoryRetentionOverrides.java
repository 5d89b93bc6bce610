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

    /** How many periods of its own the tenant set, for the purge. */
    long count(TenantId tenant) {
        return find(tenant).size();
    }

    /** Forgets at most {@code limit} of the tenant's own periods; says how many. */
    int forget(TenantId tenant, int limit) {
        Map<RetentionCategory, RetentionPeriod> left = new EnumMap<>(RetentionCategory.class);
        left.putAll(find(tenant));
        int gone = 0;
        for (RetentionCategory category : RetentionCategory.values()) {
            if (gone < limit && left.remove(category) != null) {
                gone++;
            }
        }
        if (gone > 0) {
            replace(tenant, left);
        }
        return gone;
    }
}
