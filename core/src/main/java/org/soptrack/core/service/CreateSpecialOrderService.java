package org.soptrack.core.service;

import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SopNumberPort;
import org.soptrack.core.port.out.SpecialOrderRepository;

/**
 * Opens a special order at a rooftop in the actor's scope, for a customer the actor reaches, with the rooftop's next
 * number.
 */
public final class CreateSpecialOrderService implements CreateSpecialOrderUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;
    private final RooftopRepository rooftops;
    private final CustomerVisibility customers;
    private final SopNumberPort numbers;
    private final OrderNotifications notifications;

    CreateSpecialOrderService(UseCaseContext ctx, SpecialOrderRepository orders, RooftopRepository rooftops,
                              CustomerVisibility customers, SopNumberPort numbers,
                              OrderNotifications notifications) {
        this.ctx = ctx;
        this.orders = orders;
        this.rooftops = rooftops;
        this.customers = customers;
        this.numbers = numbers;
        this.notifications = notifications;
    }

    @Override
    public Outcome<SpecialOrder> create(Command command) {
        TenantId tenant = command.actor().tenantId();
        return ctx.authorized(command.actor(), Permission.SOP_CREATE, access -> {
            Optional<Rooftop> rooftop = access.scope().covers(command.rooftopId())
                    ? rooftops.find(tenant, command.rooftopId()) : Optional.empty();
            if (rooftop.isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            Optional<Customer> customer = customers.find(access, tenant, command.details().customerId());
            if (customer.isEmpty()) {
                return Outcome.invalid("customerId", "names no customer of this organization");
            }
            SpecialOrder order = SpecialOrder.create(new SpecialOrderId(ctx.newId()), tenant, command.rooftopId(),
                    numbers.next(tenant, command.rooftopId()), command.details(), access.actor(), ctx.now());
            orders.add(tenant, order);
            notifications.created(tenant, order, rooftop.get(), customer.get());
            return Outcome.ok(order);
        });
    }
}
