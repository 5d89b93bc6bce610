package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.sop.KeepDecision;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.Outcome;

/** Records the decision to keep a shelved part past its return deadline. */
public final class KeepPartService implements KeepPartUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderChanges changes;

    KeepPartService(UseCaseContext ctx, SpecialOrderChanges changes) {
        this.ctx = ctx;
        this.changes = changes;
    }

    @Override
    public Outcome<SpecialOrder> keep(Command command) {
        return ctx.authorized(command.actor(), Permission.SOP_EDIT, access -> {
            Outcome<SpecialOrder> outcome = changes.change(command.actor().tenantId(), command.orderId(),
                    access.scope(), command.expectedVersion(), order ->
                            order.keepPastDeadline(new KeepDecision(access.actor(), ctx.now(), command.reason()))
                                    ? Optional.empty()
                                    : Optional.of(Outcome.rejected("not-on-shelf",
                                    "Only a part on the shelf can be kept; this one is " + order.status())));
            if (outcome instanceof Outcome.Ok<SpecialOrder> ok) {
                ctx.audit.record(command.actor().tenantId(), access.actor(), AuditAction.PART_KEPT_PAST_DEADLINE,
                        "sop:" + ok.value().id(), Map.of("reason", command.reason()));
            }
            return outcome;
        });
    }
}
