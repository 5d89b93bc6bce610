package org.soptrack.core.memory;

import org.soptrack.core.domain.tenancy.RooftopScope;

import org.soptrack.core.domain.shared.PageCursor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.port.out.TextSearch;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link CustomerRepository}. */
public final class InMemoryCustomerRepository implements CustomerRepository {

    private final AggregateStore<CustomerId, Customer, Customer.State> store;
    private InMemorySpecialOrderRepository orders;

    public InMemoryCustomerRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Customer::id, Customer::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Customer customer) {
        store.add(tenant, customer);
    }

    @Override
    public Optional<Customer> find(TenantId tenant, CustomerId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<Customer> findByPhone(TenantId tenant, PhoneNumber phone) {
        return store.all(tenant).filter(c -> c.contact().phone().equals(Optional.of(phone)))
                .sorted(Comparator.comparing((Customer c) -> c.state().createdAt())).limit(100).toList();
    }

    /** The tenants with a customer at {@code phone}: a read across tenants, ids only. */
    Set<TenantId> tenantsWithPhone(PhoneNumber phone) {
        return store.tenantsWhere(s -> s.contact().phone().equals(Optional.of(phone)));
    }

    /** The orders whose rooftops decide which customers a member limited to some rooftops reaches. */
    void reachThrough(InMemorySpecialOrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public Page<Customer> search(TenantId tenant, TextSearch search) {
        Set<CustomerId> reached = search.rooftops().all() ? Set.of() : orders.store().all(tenant)
                .filter(o -> search.rooftops().covers(o.rooftopId())).map(o -> o.details().customerId())
                .collect(Collectors.toSet());
        return KeysetPaging.page(store.all(tenant)
                        .filter(c -> search.rooftops().all() || reached.contains(c.id())
                                || c.registeredBy().filter(by -> search.registeredBy().equals(Optional.of(by)))
                                .isPresent())
                        .filter(InMemorySearch.customer(search.text())),
                c -> c.state().createdAt(), c -> c.id().value(), search.after(), search.limit());
    }

    @Override
    public Page<Customer> reached(TenantId tenant, RooftopScope rooftops, Optional<PageCursor> after, int limit) {
        Set<CustomerId> reached = rooftops.all() ? Set.of() : orders.store().all(tenant)
                .filter(o -> rooftops.covers(o.rooftopId())).map(o -> o.details().customerId())
                .collect(Collectors.toSet());
        return KeysetPaging.page(store.all(tenant).filter(c -> rooftops.all() || reached.contains(c.id())),
                c -> c.state().createdAt(), c -> c.id().value(), after, Page.limit(limit));
    }

    @Override
    public UpdateResult update(TenantId tenant, Customer customer) {
        return store.update(tenant, customer);
    }

    AggregateStore<CustomerId, Customer, Customer.State> store() {
        return store;
    }
}
