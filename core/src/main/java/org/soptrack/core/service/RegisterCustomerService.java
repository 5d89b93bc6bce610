package org.soptrack.core.service;

import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.out.CustomerRepository;

/** Records a new customer of the actor's organization. */
public final class RegisterCustomerService implements RegisterCustomerUseCase {

    private final UseCaseContext ctx;
    private final CustomerRepository customers;

    RegisterCustomerService(UseCaseContext ctx, CustomerRepository customers) {
        this.ctx = ctx;
        this.customers = customers;
    }

    @Override
    public Outcome<Customer> register(Command command) {
        return ctx.authorized(command.actor(), Permission.CUSTOMER_MANAGE, access -> {
            Customer customer = Customer.create(new CustomerId(ctx.newId()), command.actor().tenantId(),
                    command.contact(), access.actor(), ctx.now());
            customers.add(customer.tenantId(), customer);
            return Outcome.ok(customer);
        });
    }
}
