package org.soptrack.core.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SearchUseCase;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.TextSearch;

/** Runs the one search over customers and orders in one transaction, within the rooftops the actor reaches. */
public final class SearchService implements SearchUseCase {

    private final UseCaseContext ctx;
    private final CustomerRepository customers;
    private final SpecialOrderRepository orders;

    SearchService(UseCaseContext ctx, CustomerRepository customers, SpecialOrderRepository orders) {
        this.ctx = ctx;
        this.customers = customers;
        this.orders = orders;
    }

    @Override
    public Outcome<Results> search(Query query) {
        TenantId tenant = query.actor().tenantId();
        return ctx.authorized(query.actor(), Permission.SOP_READ, access -> {
            Optional<RooftopScope> scope = access.scope().intersect(query.rooftops());
            if (scope.isEmpty()) {
                return Outcome.ok(new Results(empty(), empty()));
            }
            boolean contacts = access.may(Permission.CUSTOMER_CONTACT_READ);
            Optional<ActorRef> registeredBy = Optional.of(access.actor());
            Page<Customer> found = contacts ? customers.search(tenant, new TextSearch(query.text(), scope.get(),
                    registeredBy, false, query.customersAfter(), query.limit())) : empty();
            Page<SpecialOrder> hits = orders.searchText(tenant, new TextSearch(query.text(), scope.get(),
                    registeredBy, contacts, query.ordersAfter(), query.limit()));
            Map<CustomerId, Optional<String>> names = new HashMap<>();
            return Outcome.ok(new Results(found, hits.map(order -> new OrderHit(order, !contacts ? Optional.empty()
                    : names.computeIfAbsent(order.details().customerId(), id -> customers.find(tenant, id)
                            .map(c -> c.contact().name()))))));
        });
    }

    private static <T> Page<T> empty() {
        return new Page<>(List.of(), Optional.empty());
    }
}
