package org.soptrack.core.service;

import java.util.Optional;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.TransitionResult;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;

/**
 * Moves a special order. Marking the customer notified needs SOP_MARK_CUSTOMER_NOTIFIED (the BDC has it); every
 * other move needs SOP_TRANSITION. An illegal move is rejected naming both statuses.
 */
public final class TransitionSpecialOrderService implements TransitionSpecialOrderUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderChanges changes;
    private final OrderNotifications notifications;

    TransitionSpecialOrderService(UseCaseContext ctx, SpecialOrderChanges changes,
                                  OrderNotifications notifications) {
        this.ctx = ctx;
        this.changes = changes;
        this.notifications = notifications;
    }

    @Override
    public Outcome<SpecialOrder> transition(Command command) {
        return ctx.authorized(command.actor(), TransitionSpecialOrderUseCase.permissionFor(command.target()), access ->
                changes.change(command.actor().tenantId(), command.orderId(), access.scope(), command.expectedVersion(),
                        order -> {
                            TransitionResult result = order.moveTo(command.target(), access.actor(), ctx.now(),
                                    command.reason());
                            if (result instanceof TransitionResult.Rejected rejected) {
                                return Optional.of(Outcome.rejected("illegal-transition", rejected.message()));
                            }
                            return Optional.empty();
                        }).map(order -> {
                            notifications.moved(order.tenantId(), order);
                            return order;
                        }));
    }
}
