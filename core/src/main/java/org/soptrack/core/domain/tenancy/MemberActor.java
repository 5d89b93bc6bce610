package org.soptrack.core.domain.tenancy;

import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * A member acting in their own organization, as the token claimed. Use cases re-read the member, so a removal or
 * role change takes effect at once even while the token still names the old role.
 */
public record MemberActor(MemberId memberId, TenantId tenantId, Role role, RooftopScope rooftops) implements Actor {

    public MemberActor {
        Require.present("memberId", memberId);
        Require.present("tenantId", tenantId);
        Require.present("role", role);
        Require.present("rooftops", rooftops);
    }

    @Override
    public ActorRef ref() {
        return ActorRef.member(memberId);
    }
}
