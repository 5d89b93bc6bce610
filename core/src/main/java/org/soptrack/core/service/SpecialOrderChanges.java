package org.soptrack.core.service;

import java.util.Optional;
import java.util.function.Function;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Loading an order the actor may see, and the optimistic read-check-change-write cycle every change goes through. */
final class SpecialOrderChanges {

    private final SpecialOrderRepository orders;

    SpecialOrderChanges(SpecialOrderRepository orders) {
        this.orders = orders;
    }

    /** The order, if it exists in the tenant and lies within the scope; otherwise empty (never told apart). */
    Optional<SpecialOrder> visible(TenantId tenant, SpecialOrderId id, RooftopScope scope) {
        return orders.find(tenant, id).filter(o -> scope.covers(o.rooftopId()));
    }

    /**
     * Applies {@code change} to the order at {@code expectedVersion} and stores it. The change returns empty when it
     * applied, or the outcome to answer with instead.
     */
    Outcome<SpecialOrder> change(TenantId tenant, SpecialOrderId id, RooftopScope scope, long expectedVersion,
                                 Function<SpecialOrder, Optional<Outcome<SpecialOrder>>> change) {
        Optional<SpecialOrder> found = visible(tenant, id, scope);
        if (found.isEmpty()) {
            return Outcome.notFound("special order");
        }
        SpecialOrder order = found.get();
        if (order.version() != expectedVersion) {
            return UseCaseContext.stale("special order");
        }
        Optional<Outcome<SpecialOrder>> refused = change.apply(order);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (orders.update(tenant, order) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("special order");
        }
        return Outcome.ok(order);
    }
}
