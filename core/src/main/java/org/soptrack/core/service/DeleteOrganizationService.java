package org.soptrack.core.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.LifecyclePolicy;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.PermissionMatrix;
import org.soptrack.core.port.in.DeleteOrganizationUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Records and withdraws the owners' request to delete the organization; the retention sweep carries it out. */
public final class DeleteOrganizationService implements DeleteOrganizationUseCase {

    private final UseCaseContext ctx;
    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final Reauthentication reauthentication;
    private final AccountMessages messages;
    private final LifecyclePolicy lifecycle;

    DeleteOrganizationService(UseCaseContext ctx, OrganizationRepository organizations, MemberRepository members,
                              Reauthentication reauthentication, AccountMessages messages, LifecyclePolicy lifecycle) {
        this.ctx = ctx;
        this.organizations = organizations;
        this.members = members;
        this.reauthentication = reauthentication;
        this.messages = messages;
        this.lifecycle = lifecycle;
    }

    @Override
    public Outcome<Organization> request(MemberActor actor, Optional<Password> currentPassword) {
        Outcome<Organization> allowed = ctx.authorized(actor, Permission.ORGANIZATION_MANAGE,
                access -> Outcome.ok(organizations.find(actor.tenantId()).orElseThrow()));
        if (!allowed.isOk()) {
            return allowed;
        }
        return reauthentication.confirmed(actor, currentPassword, "to delete an organization",
                (member, proof) -> requestAs(member));
    }

    private Outcome<Organization> requestAs(Member member) {
        return asOwner(member, organization -> {
            Instant now = ctx.now();
            Instant purgeFrom = now.plus(lifecycle.deletionCoolingOff());
            ActorRef by = ActorRef.member(member.id());
            if (!organization.requestDeletion(by, now, purgeFrom)) {
                return organization.purge().isPresent()
                        ? Outcome.rejected(PURGE_STARTED, "The organization's purge has started already")
                        : Outcome.rejected(ALREADY_REQUESTED, "The organization's deletion was asked for already");
            }
            if (organizations.update(member.tenantId(), organization) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("organization");
            }
            ctx.audit.record(member.tenantId(), by, AuditAction.ORGANIZATION_DELETION_REQUESTED,
                    "organization:" + member.tenantId(), Map.of("purgeFrom", purgeFrom.toString()));
            messages.deletionRequested(member.tenantId(), organization, member, purgeFrom);
            return Outcome.ok(organization);
        });
    }

    @Override
    public Outcome<Organization> cancel(MemberActor actor) {
        return ctx.authorized(actor, Permission.ORGANIZATION_MANAGE, access -> {
            Member member = members.find(actor.tenantId(), actor.memberId()).orElseThrow();
            return asOwner(member, organization -> {
                if (!organization.cancelDeletion()) {
                    return organization.purge().isPresent()
                            ? Outcome.rejected(PURGE_STARTED, "The organization's purge has started: it runs to its end")
                            : Outcome.rejected(NOT_REQUESTED, "No deletion of the organization was asked for");
                }
                if (organizations.update(member.tenantId(), organization) == UpdateResult.CONFLICT) {
                    return UseCaseContext.stale("organization");
                }
                ctx.audit.record(member.tenantId(), access.actor(), AuditAction.ORGANIZATION_DELETION_CANCELLED,
                        "organization:" + member.tenantId(), Map.of());
                messages.deletionCancelled(member.tenantId(), organization, member);
                return Outcome.ok(organization);
            });
        });
    }

    /** Runs {@code work} on the organization if the member, as stored now, may still manage it as a whole. */
    private Outcome<Organization> asOwner(Member member, Function<Organization, Outcome<Organization>> work) {
        if (!PermissionMatrix.allows(member.role(), Permission.ORGANIZATION_MANAGE) || !member.rooftops().all()) {
            return Outcome.forbidden("Only an owner of the whole organization may ask for its deletion");
        }
        return work.apply(organizations.find(member.tenantId()).orElseThrow());
    }
}
