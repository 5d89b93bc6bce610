package org.soptrack.core.service;

import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.CustomerRepository;

/** Reads a customer for actors who may read contact data. */
public final class GetCustomerService implements GetCustomerUseCase {

    private final UseCaseContext ctx;
    private final CustomerRepository customers;

    GetCustomerService(UseCaseContext ctx, CustomerRepository customers) {
        this.ctx = ctx;
        this.customers = customers;
    }

    @Override
    public Outcome<Customer> get(Query query) {
        return ctx.authorized(query.actor(), Permission.CUSTOMER_CONTACT_READ, access ->
                customers.find(query.actor().tenantId(), query.customerId())
                        .<Outcome<Customer>>map(Outcome::ok)
                        .orElseGet(() -> Outcome.notFound("customer")));
    }
}
