package org.soptrack.core.domain.security;

import java.time.Instant;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/** A member's password for built-in login, as its hash only. */
public final class Credential extends Aggregate<Credential.State> {

    public record State(MemberId memberId, TenantId tenantId, PasswordHash hash, Instant changedAt) {
        public State {
            Require.present("memberId", memberId);
            Require.present("tenantId", tenantId);
            Require.present("hash", hash);
            Require.present("changedAt", changedAt);
        }
    }

    private Credential(State state, Versioned version) {
        super(state, version);
    }

    public static Credential create(MemberId memberId, TenantId tenantId, PasswordHash hash, Instant now) {
        return new Credential(new State(memberId, tenantId, hash, now), Versioned.fresh());
    }

    public static Credential reconstitute(State state, long version) {
        return new Credential(state, Versioned.loaded(version));
    }

    public void change(PasswordHash hash, Instant now) {
        change(new State(state().memberId(), state().tenantId(), hash, now));
    }

    public MemberId memberId() {
        return state().memberId();
    }

    public PasswordHash hash() {
        return state().hash();
    }
}
