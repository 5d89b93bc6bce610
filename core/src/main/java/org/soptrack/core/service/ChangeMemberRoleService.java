package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Changes a member's role and rooftop scope, keeping at least one owner. An administrator limited to some rooftops
 * reaches only members whose rooftops lie within theirs, and gives only rooftops of their own.
 */
public final class ChangeMemberRoleService implements ChangeMemberRoleUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;
    private final RooftopRepository rooftops;

    ChangeMemberRoleService(UseCaseContext ctx, MemberRepository members, RooftopRepository rooftops) {
        this.ctx = ctx;
        this.members = members;
        this.rooftops = rooftops;
    }

    @Override
    public Outcome<Member> change(Command command) {
        return ctx.authorized(command.actor(), Permission.MEMBER_MANAGE, access -> {
            Optional<Member> found = members.find(command.actor().tenantId(), command.memberId()).filter(Member::isActive)
                    .filter(m -> access.scope().includes(m.rooftops()));
            if (found.isEmpty()) {
                return Outcome.notFound("member");
            }
            Member member = found.get();
            if (member.version() != command.expectedVersion()) {
                return UseCaseContext.stale("member");
            }
            if (!access.mayAssign(member.role()) || !access.mayAssign(command.role())) {
                return Outcome.forbidden("You may not change " + member.role() + " to " + command.role());
            }
            var scopeProblem = RooftopChecks.<Member>assignable(rooftops, member.tenantId(), access.scope(),
                    command.rooftops());
            if (scopeProblem.isPresent()) {
                return scopeProblem.get();
            }
            if (command.role() != Role.OWNER && OwnerChecks.isLastOwner(members, member.tenantId(), member)) {
                return Outcome.rejected("last-owner", "The last owner of an organization must stay an owner");
            }
            Role before = member.role();
            RooftopScope scopeBefore = member.rooftops();
            member.changeRole(command.role(), command.rooftops());
            if (members.update(member.tenantId(), member) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("member");
            }
            ctx.audit.record(member.tenantId(), access.actor(), AuditAction.ROLE_CHANGED, "member:" + member.id(),
                    Map.of("from", before.name(), "to", command.role().name(),
                            "rooftopsChanged", Boolean.toString(!scopeBefore.equals(command.rooftops()))));
            return Outcome.ok(member);
        });
    }
}
