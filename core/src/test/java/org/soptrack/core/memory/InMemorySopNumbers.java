package org.soptrack.core.memory;

import java.util.function.Predicate;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.port.out.SopNumberPort;

/** In-memory {@link SopNumberPort}: a counter per rooftop, rolled back with the transaction. */
public final class InMemorySopNumbers implements SopNumberPort {

    private final InMemoryTable<RooftopId, Long> counters;

    public InMemorySopNumbers(InMemoryTransactions tx) {
        counters = tx.newTable();
    }

    @Override
    public SopNumber next(TenantId tenant, RooftopId rooftop) {
        var row = counters.get(tenant, rooftop);
        if (row.isEmpty()) {
            counters.insert(tenant, rooftop, 1L, 0);
            return SopNumber.of(1);
        }
        long next = row.get().value() + 1;
        counters.update(tenant, rooftop, next, row.get().version(), row.get().version() + 1);
        return SopNumber.of(next);
    }

    /** The counters of the tenant's rooftops that pass {@code gone}, for the purge. */
    long count(TenantId tenant, Predicate<RooftopId> gone) {
        return counters.countKeysWhere(tenant, gone);
    }

    int forget(TenantId tenant, Predicate<RooftopId> gone, int limit) {
        return counters.deleteKeysWhere(tenant, gone, limit);
    }
}
