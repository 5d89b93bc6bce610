package org.soptrack.core.service;

import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.Outcome;

/** Reads one special order within the actor's scope. */
public final class GetSpecialOrderService implements GetSpecialOrderUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderChanges changes;

    GetSpecialOrderService(UseCaseContext ctx, SpecialOrderChanges changes) {
        this.ctx = ctx;
        this.changes = changes;
    }

    @Override
    public Outcome<SpecialOrder> get(Query query) {
        return ctx.authorized(query.actor(), Permission.SOP_READ, access ->
                changes.visible(query.actor().tenantId(), query.orderId(), access.scope())
                        .<Outcome<SpecialOrder>>map(Outcome::ok)
                        .orElseGet(() -> Outcome.notFound("special order")));
    }
}
