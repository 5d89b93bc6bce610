package org.soptrack.core.service;

import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.Outcome;

/** Reads a customer for actors who may read contact data, among the customers they reach. */
public final class GetCustomerService implements GetCustomerUseCase {

    private final UseCaseContext ctx;
    private final CustomerVisibility customers;

    GetCustomerService(UseCaseContext ctx, CustomerVisibility customers) {
        this.ctx = ctx;
        this.customers = customers;
    }

    @Override
    public Outcome<Customer> get(Query query) {
        return ctx.authorized(query.actor(), Permission.CUSTOMER_CONTACT_READ, access ->
                customers.find(access, query.actor().tenantId(), query.customerId())
                        .<Outcome<Customer>>map(Outcome::ok)
                        .orElseGet(() -> Outcome.notFound("customer")));
    }
}
