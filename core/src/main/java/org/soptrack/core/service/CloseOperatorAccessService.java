package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.OperatorActor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Closes a grant: the operator who holds it may, and so may the tenant's administrators. */
public final class CloseOperatorAccessService implements CloseOperatorAccessUseCase {

    private final UseCaseContext ctx;
    private final OperatorAccessGrantRepository grants;

    CloseOperatorAccessService(UseCaseContext ctx, OperatorAccessGrantRepository grants) {
        this.ctx = ctx;
        this.grants = grants;
    }

    @Override
    public Outcome<OperatorAccessGrant> close(Command command) {
        if (command.actor() instanceof OperatorActor operator) {
            return ctx.inTenant(operator.tenantId(), () -> closeGrant(command, operator.ref(),
                    g -> g.operator().equals(operator.operatorId())));
        }
        return ctx.authorized(command.actor(), Permission.OPERATOR_ACCESS_REVIEW,
                access -> closeGrant(command, access.actor(), g -> true));
    }

    private Outcome<OperatorAccessGrant> closeGrant(Command command, ActorRef by,
                                                    Predicate<OperatorAccessGrant> mayClose) {
        Optional<OperatorAccessGrant> found = grants.find(command.actor().tenantId(), command.grantId()).filter(mayClose);
        if (found.isEmpty()) {
            return Outcome.notFound("grant");
        }
        OperatorAccessGrant grant = found.get();
        if (!grant.close(by, ctx.now())) {
            return Outcome.rejected("grant-not-active", "The grant has already ended");
        }
        if (grants.update(grant.tenantId(), grant) == UpdateResult.CONFLICT) {
            return UseCaseContext.stale("grant");
        }
        ctx.audit.record(grant.tenantId(), by, AuditAction.OPERATOR_ACCESS_CLOSED, "grant:" + grant.id(), Map.of());
        return Outcome.ok(grant);
    }
}
