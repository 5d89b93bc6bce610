package org.soptrack.core.service;

import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RequireMfaUseCase;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Turns the organization's MFA requirement on or off (owners: ORGANIZATION_MANAGE). */
public final class RequireMfaService implements RequireMfaUseCase {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;

    RequireMfaService(UseCaseContext ctx, OrganizationRepository organizations) {
        this.ctx = ctx;
        this.organizations = organizations;
    }

    @Override
    public Outcome<Boolean> require(Actor actor, boolean required) {
        return ctx.authorized(actor, Permission.ORGANIZATION_MANAGE, access -> {
            Organization organization = organizations.find(actor.tenantId()).orElseThrow();
            if (organization.requireMfa(required)) {
                if (organizations.update(actor.tenantId(), organization) == UpdateResult.CONFLICT) {
                    return UseCaseContext.stale("organization");
                }
                ctx.audit.record(actor.tenantId(), access.actor(), AuditAction.MFA_REQUIREMENT_CHANGED,
                        "organization:" + actor.tenantId(), Map.of("required", Boolean.toString(required)));
            }
            return Outcome.ok(organization.mfaRequired());
        });
    }
}
