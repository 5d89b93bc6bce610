package org.soptrack.core.service;

import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.out.MemberRepository;

/** The rule that an organization always keeps at least one owner (R-TEN-4). */
final class OwnerChecks {

    private OwnerChecks() {
    }

    /** Whether {@code member} is the only active owner left. */
    static boolean isLastOwner(MemberRepository members, TenantId tenant, Member member) {
        if (member.role() != Role.OWNER) {
            return false;
        }
        return members.findActive(tenant).stream().filter(m -> m.role() == Role.OWNER).count() <= 1;
    }
}
