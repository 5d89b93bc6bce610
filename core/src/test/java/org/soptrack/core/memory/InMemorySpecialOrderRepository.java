package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.TextSearch;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link SpecialOrderRepository}. */
public final class InMemorySpecialOrderRepository implements SpecialOrderRepository {

    private final AggregateStore<SpecialOrderId, SpecialOrder, SpecialOrder.State> store;

    private InMemoryCustomerRepository customers;

    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

    private record Watcher(TenantId tenant, RooftopId rooftop, Runnable listener) {
    }

    public InMemorySpecialOrderRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, SpecialOrder::id, SpecialOrder::reconstitute);
    }

    @Override
    public void add(TenantId tenant, SpecialOrder order) {
        boolean numberTaken = store.all(tenant).anyMatch(o -> o.rooftopId().equals(order.rooftopId())
                && o.sopNumber().equals(order.sopNumber()));
        if (numberTaken) {
            throw new IllegalStateException("Duplicate SOP number at rooftop");
        }
        store.add(tenant, order);
        changed(tenant, order.rooftopId());
    }

    @Override
    public Optional<SpecialOrder> find(TenantId tenant, SpecialOrderId id) {
        return store.find(tenant, id);
    }

    @Override
    public UpdateResult update(TenantId tenant, SpecialOrder order) {
        UpdateResult result = store.update(tenant, order);
        if (result == UpdateResult.UPDATED) {
            changed(tenant, order.rooftopId());
        }
        return result;
    }

    /** Watchers hear of a change as it is made (a rolled-back change too, which the port allows). */
    @Override
    public Watch watch(TenantId tenant, RooftopId rooftop, Runnable listener) {
        Watcher watcher = new Watcher(tenant, rooftop, listener);
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    private void changed(TenantId tenant, RooftopId rooftop) {
        watchers.stream().filter(w -> w.tenant().equals(tenant) && w.rooftop().equals(rooftop))
                .forEach(w -> w.listener().run());
    }

    @Override
    public Page<SpecialOrder> search(TenantId tenant, SpecialOrderQuery q) {
        return KeysetPaging.page(store.all(tenant)
                        .filter(o -> q.rooftops().covers(o.rooftopId()))
                        .filter(o -> q.statuses().isEmpty() || q.statuses().contains(o.status()))
                        .filter(o -> q.roNumber().map(o.details().roNumber()::equals).orElse(true))
                        .filter(o -> q.sopNumber().map(o.sopNumber()::equals).orElse(true))
                        .filter(o -> q.customerId().map(o.details().customerId()::equals).orElse(true))
                        .filter(o -> q.partNumber().map(o.details().partNumber()::equals).orElse(true))
                        .filter(o -> q.receivedBefore().map(b -> o.receivedAt().filter(r -> r.isBefore(b)).isPresent())
                                .orElse(true)),
                o -> o.state().createdAt(), o -> o.id().value(), q.after(), q.limit());
    }

    /** The customers whose names an order search may match. */
    void namesFrom(InMemoryCustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public Page<SpecialOrder> searchText(TenantId tenant, TextSearch search) {
        Set<CustomerId> named = !search.byCustomerName() ? Set.of() : customers.store().all(tenant)
                .filter(c -> search.text().searchable()
                        && InMemorySearch.fold(c.contact().name()).contains(InMemorySearch.fold(search.text().text())))
                .map(Customer::id).collect(Collectors.toSet());
        return KeysetPaging.page(store.all(tenant)
                        .filter(o -> search.rooftops().covers(o.rooftopId()))
                        .filter(o -> InMemorySearch.order(o.details(), o.sopNumber().value(), search.text())
                                || named.contains(o.details().customerId())),
                o -> o.state().createdAt(), o -> o.id().value(), search.after(), search.limit());
    }

    @Override
    public Map<SopStatus, Long> countByStatus(TenantId tenant, RooftopScope rooftops) {
        return store.all(tenant).filter(o -> rooftops.covers(o.rooftopId()))
                .collect(Collectors.groupingBy(SpecialOrder::status, Collectors.counting()));
    }

    @Override
    public List<SpecialOrder> findWaiting(TenantId tenant, RooftopId rooftop, PartNumber part, int limit) {
        return store.all(tenant).filter(o -> o.rooftopId().equals(rooftop) && o.details().partNumber().equals(part)
                        && (o.status() == SopStatus.ORDERED || o.status() == SopStatus.BACKORDERED))
                .sorted(Comparator.comparing((SpecialOrder o) -> o.state().createdAt())
                        .thenComparing(o -> o.id().value(), UnsignedUuidOrder.ORDER))
                .limit(limit).toList();
    }

    @Override
    public List<SpecialOrder> findOnShelf(TenantId tenant, RooftopScope rooftops) {
        return store.all(tenant).filter(o -> rooftops.covers(o.rooftopId()) && o.status().isOnShelf())
                .sorted(Comparator.comparing(o -> o.receivedAt().orElseThrow())).toList();
    }

    @Override
    public List<SpecialOrder> findByRo(TenantId tenant, RooftopId rooftop, RoNumber roNumber) {
        return store.all(tenant).filter(o -> o.rooftopId().equals(rooftop) && o.details().roNumber().equals(roNumber))
                .sorted(Comparator.comparing(SpecialOrder::sopNumber, Comparator.comparingLong(n -> n.value())))
                .toList();
    }

    AggregateStore<SpecialOrderId, SpecialOrder, SpecialOrder.State> store() {
        return store;
    }
}
