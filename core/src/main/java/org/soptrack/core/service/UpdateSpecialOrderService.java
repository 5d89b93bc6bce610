package org.soptrack.core.service;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;

/** Replaces the data of an open special order at the version the editor saw. */
public final class UpdateSpecialOrderService implements UpdateSpecialOrderUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderChanges changes;
    private final CustomerVisibility customers;
    private final OrderNotifications notifications;

    UpdateSpecialOrderService(UseCaseContext ctx, SpecialOrderChanges changes, CustomerVisibility customers,
                               OrderNotifications notifications) {
        this.ctx = ctx;
        this.changes = changes;
        this.customers = customers;
        this.notifications = notifications;
    }

    @Override
    public Outcome<SpecialOrder> update(Command command) {
        TenantId tenant = command.actor().tenantId();
        AtomicBoolean etaChanged = new AtomicBoolean();
        return ctx.authorized(command.actor(), Permission.SOP_EDIT, access ->
                changes.change(tenant, command.orderId(), access.scope(), command.expectedVersion(), order -> {
                    etaChanged.set(!order.details().eta().equals(command.details().eta()));
                    if (!order.details().customerId().equals(command.details().customerId())
                            && customers.find(access, tenant, command.details().customerId()).isEmpty()) {
                        return Optional.of(Outcome.invalid("customerId", "names no customer of this organization"));
                    }
                    if (!order.edit(command.details(), ctx.now())) {
                        return Optional.of(Outcome.rejected("sop-closed",
                                "A " + order.status() + " special order can no longer be edited"));
                    }
                    return Optional.empty();
                }).map(order -> {
                    if (etaChanged.get()) {
                        notifications.etaChanged(tenant, order);
                    }
                    return order;
                }));
    }
}
