package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Removes a member; never the last owner, and only owners remove owners. The member's sessions end and trusted
 * devices are revoked with it (R-SEC-4a). An administrator limited to some rooftops removes only members whose
 * rooftops lie within theirs.
 */
public final class RemoveMemberService implements RemoveMemberUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final SignInSessions sessions;

    RemoveMemberService(UseCaseContext ctx, MemberRepository members, SignInSessions sessions) {
        this.ctx = ctx;
        this.members = members;
        this.sessions = sessions;
    }

    @Override
    public Outcome<Member> remove(Command command) {
        return ctx.authorized(command.actor(), Permission.MEMBER_MANAGE, access -> {
            Optional<Member> found = members.find(command.actor().tenantId(), command.memberId()).filter(Member::isActive)
                    .filter(m -> access.scope().includes(m.rooftops()));
            if (found.isEmpty()) {
                return Outcome.notFound("member");
            }
            Member member = found.get();
            if (!access.mayAssign(member.role())) {
                return Outcome.forbidden("You may not remove a member who is " + member.role());
            }
            if (OwnerChecks.isLastOwner(members, member.tenantId(), member)) {
                return Outcome.rejected("last-owner", "The last owner of an organization cannot be removed");
            }
            member.remove(ctx.now());
            if (members.update(member.tenantId(), member) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("member");
            }
            ctx.audit.record(member.tenantId(), access.actor(), AuditAction.MEMBER_REMOVED, "member:" + member.id(),
                    Map.of("role", member.role().name()));
            sessions.endAll(member.tenantId(), member.id(), Session.EndReason.MEMBER_REMOVED, access.actor());
            sessions.revokeDevices(member.tenantId(), member.id());
            return Outcome.ok(member);
        });
    }
}
