package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RestrictCustomerUseCase;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Restricts a customer's processing, or lifts the restriction, and audits either. */
public final class RestrictCustomerService implements RestrictCustomerUseCase {

    private final UseCaseContext ctx;
    private final CustomerRepository customers;

    RestrictCustomerService(UseCaseContext ctx, CustomerRepository customers) {
        this.ctx = ctx;
        this.customers = customers;
    }

    @Override
    public Outcome<Customer> restrict(Command command) {
        return change(command, (customer, now) -> customer.restrict(now), AuditAction.CUSTOMER_RESTRICTED,
                "The customer's processing is restricted already");
    }

    @Override
    public Outcome<Customer> lift(Command command) {
        return change(command, (customer, now) -> customer.liftRestriction(), AuditAction.CUSTOMER_RESTRICTION_LIFTED,
                "The customer's processing is not restricted");
    }

    private Outcome<Customer> change(Command command, BiPredicate<Customer, Instant> change,
                                     AuditAction action, String unchanged) {
        return ctx.authorized(command.actor(), Permission.PRIVACY_MANAGE, access -> {
            Optional<Customer> found = customers.find(command.actor().tenantId(), command.customer());
            if (found.isEmpty()) {
                return Outcome.notFound("customer");
            }
            Customer customer = found.get();
            if (!change.test(customer, ctx.now())) {
                return Outcome.rejected(UNCHANGED, unchanged);
            }
            if (customers.update(command.actor().tenantId(), customer) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("customer");
            }
            ctx.audit.record(command.actor().tenantId(), access.actor(), action, "customer:" + customer.id().value(),
                    Map.of("ground", command.ground().name()));
            return Outcome.ok(customer);
        });
    }
}
