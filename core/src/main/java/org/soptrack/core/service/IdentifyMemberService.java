package org.soptrack.core.service;

import java.time.Duration;
import java.time.Instant;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.IdentifyMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.MemberRepository;

/**
 * Looks up the active member an identity provider's token names. Each token is a sign-in, but the member's last
 * sign-in is written at most once a {@link #SIGN_IN_RESOLUTION}, so identifying a member is not a write per request.
 */
public final class IdentifyMemberService implements IdentifyMemberUseCase {

    /** How stale the stored last sign-in may be before a token refreshes it. */
    static final Duration SIGN_IN_RESOLUTION = Duration.ofDays(1);

    private final UseCaseContext ctx;
    private final MemberRepository members;

    IdentifyMemberService(UseCaseContext ctx, MemberRepository members) {
        this.ctx = ctx;
        this.members = members;
    }

    @Override
    public Outcome<MemberActor> byEmail(TenantId organization, Email email) {
        return ctx.inTenant(organization, () -> members.findActiveByEmail(organization, email)
                .map(m -> {
                    Instant now = ctx.now();
                    if (m.state().lastSignInAt().filter(at -> at.isAfter(now.minus(SIGN_IN_RESOLUTION))).isEmpty()) {
                        m.signedIn(now);
                        // A concurrent request wrote the same fact; losing this write loses nothing.
                        members.update(organization, m);
                    }
                    return Outcome.ok(new MemberActor(m.id(), m.tenantId(), m.role(), m.rooftops()));
                })
                .orElseGet(() -> Outcome.rejected(UNKNOWN, "No active member with this address")));
    }
}
