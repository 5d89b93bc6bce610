package org.soptrack.core.service;

import java.time.Duration;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.OrganizationRepository;

/**
 * Opens a grant for a platform operator on an existing organization, no longer than the deployment allows; the
 * opening lands in that organization's audit log with its reason.
 */
public final class OpenOperatorAccessService implements OpenOperatorAccessUseCase {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;
    private final OperatorAccessGrantRepository grants;
    private final Duration maxDuration;

    OpenOperatorAccessService(UseCaseContext ctx, OrganizationRepository organizations,
                              OperatorAccessGrantRepository grants, Duration maxDuration) {
        this.ctx = ctx;
        this.organizations = organizations;
        this.grants = grants;
        this.maxDuration = maxDuration;
    }

    @Override
    public Outcome<OperatorAccessGrant> open(Command command) {
        if (command.duration().compareTo(maxDuration) > 0) {
            return Outcome.invalid("duration", "must be at most " + maxDuration.toMinutes() + " minutes");
        }
        return ctx.inTenant(command.tenant(), () -> {
            if (organizations.find(command.tenant()).isEmpty()) {
                return Outcome.notFound("organization");
            }
            OperatorAccessGrant grant = OperatorAccessGrant.open(new GrantId(ctx.newId()), command.tenant(),
                    command.operator(), command.reason(), command.scope(), command.duration(), ctx.now());
            grants.add(command.tenant(), grant);
            ctx.audit.record(command.tenant(), ActorRef.operator(command.operator()), AuditAction.OPERATOR_ACCESS_OPENED,
                    "grant:" + grant.id(), Map.of("reason", grant.state().reason(), "scope", grant.scope().name(),
                            "expiresAt", grant.state().expiresAt().toString()));
            return Outcome.ok(grant);
        });
    }
}
