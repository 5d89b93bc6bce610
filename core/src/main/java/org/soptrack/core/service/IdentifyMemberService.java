package org.soptrack.core.service;

import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.MemberRepository;

/** Looks up the active member an identity provider's token names. */
public final class IdentifyMemberService implements IdentifyMemberUseCase {

    private final UseCaseContext ctx;
    private final MemberRepository members;

    IdentifyMemberService(UseCaseContext ctx, MemberRepository members) {
        this.ctx = ctx;
        this.members = members;
    }

    @Override
    public Outcome<MemberActor> byEmail(TenantId organization, Email email) {
        return ctx.inTenant(organization, () -> members.findActiveByEmail(organization, email)
                .map(m -> Outcome.ok(new MemberActor(m.id(), m.tenantId(), m.role(), m.rooftops())))
                .orElseGet(() -> Outcome.rejected(UNKNOWN, "No active member with this address")));
    }
}
