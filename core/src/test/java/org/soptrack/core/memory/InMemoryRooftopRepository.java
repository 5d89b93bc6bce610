package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link RooftopRepository}. */
public final class InMemoryRooftopRepository implements RooftopRepository {

    private final AggregateStore<RooftopId, Rooftop, Rooftop.State> store;

    public InMemoryRooftopRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Rooftop::id, Rooftop::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Rooftop rooftop) {
        store.add(tenant, rooftop);
    }

    @Override
    public Optional<Rooftop> find(TenantId tenant, RooftopId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<Rooftop> findAll(TenantId tenant) {
        return store.all(tenant).sorted(Comparator.comparing((Rooftop r) -> r.details().name())
                .thenComparing(r -> r.id().value(), UnsignedUuidOrder.ORDER)).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Rooftop rooftop) {
        return store.update(tenant, rooftop);
    }

    AggregateStore<RooftopId, Rooftop, Rooftop.State> store() {
        return store;
    }
}
