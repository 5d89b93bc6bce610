package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Legal holds in memory. */
public final class InMemoryLegalHoldRepository implements LegalHoldRepository {

    private final AggregateStore<LegalHoldId, LegalHold, LegalHold.State> store;

    public InMemoryLegalHoldRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, LegalHold::id, LegalHold::reconstitute);
    }

    @Override
    public void add(TenantId tenant, LegalHold hold) {
        store.add(tenant, hold);
    }

    @Override
    public Optional<LegalHold> find(TenantId tenant, LegalHoldId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<LegalHold> findAll(TenantId tenant) {
        return store.all(tenant).sorted(Comparator.comparing((LegalHold h) -> !h.inForce())
                .thenComparing(h -> h.state().placedAt(), Comparator.reverseOrder())
                .thenComparing(h -> h.id().value(), UnsignedUuidOrder.ORDER)).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, LegalHold hold) {
        return store.update(tenant, hold);
    }
}
