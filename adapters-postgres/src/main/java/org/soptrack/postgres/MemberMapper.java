package org.soptrack.postgres;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** Members to rows and back, and the rooftop scope they share with invitations. */
final class MemberMapper {

    private MemberMapper() {
    }

    static MemberRow row(TenantId tenant, Member member) {
        Member.State s = member.state();
        return new MemberRow(tenant.value(), s.id().value(), s.email().value(), s.displayName(), s.role().name(),
                s.rooftops().all(), rooftopIds(s.rooftops()), s.status().name(), s.joinedAt(),
                Columns.orNull(s.removedAt()), Columns.orNull(s.lastSignInAt()), Columns.orNull(s.deletionRequestedAt()),
                member.version());
    }

    static Member member(MemberRow row) {
        return Member.reconstitute(new Member.State(MemberId.of(row.id()), TenantId.of(row.organizationId()),
                Email.of(row.email()), row.displayName(), Role.valueOf(row.role()),
                scope(row.allRooftops(), row.rooftopIds()), MemberStatus.valueOf(row.status()), row.joinedAt(),
                Optional.ofNullable(row.removedAt()), Optional.ofNullable(row.lastSignInAt()),
                Optional.ofNullable(row.deletionRequestedAt())), row.version());
    }

    static String[] rooftopIds(RooftopScope scope) {
        return Columns.texts(scope.rooftops().stream().map(RooftopId::value).toList());
    }

    static RooftopScope scope(boolean all, String[] rooftopIds) {
        if (all) {
            return RooftopScope.allRooftops();
        }
        Set<RooftopId> ids = Columns.uuids(rooftopIds).stream().map(RooftopId::of).collect(Collectors.toSet());
        return RooftopScope.only(ids);
    }
}
