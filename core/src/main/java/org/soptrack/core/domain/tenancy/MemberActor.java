package org.soptrack.core.domain.tenancy;

import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;

/**
 * A member acting in their own organization, as the token claimed. Use cases re-read the member, so a removal or
 * role change takes effect at once even while the token still names the old role. A token from built-in login names
 * its {@code session}, and an ended session stops it at once; a token from an identity provider names none.
 */
public record MemberActor(MemberId memberId, TenantId tenantId, Role role, RooftopScope rooftops,
                          Optional<SessionId> session) implements Actor {

    public MemberActor(MemberId memberId, TenantId tenantId, Role role, RooftopScope rooftops) {
        this(memberId, tenantId, role, rooftops, Optional.empty());
    }

    public MemberActor {
        Require.present("memberId", memberId);
        Require.present("tenantId", tenantId);
        Require.present("role", role);
        Require.present("rooftops", rooftops);
        Require.present("session", session);
    }

    @Override
    public ActorRef ref() {
        return ActorRef.member(memberId);
    }
}
