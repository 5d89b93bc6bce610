package org.soptrack.core.domain.security;

import java.time.Instant;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/** A member's password for built-in login, as its hash only. */
public final class Credential extends Aggregate<Credential.State> {

    public record State(MemberId memberId, TenantId tenantId, PasswordHash hash, Instant changedAt,
                        LoginFailures failures) {
        public State {
            Require.present("memberId", memberId);
            Require.present("tenantId", tenantId);
            Require.present("hash", hash);
            Require.present("changedAt", changedAt);
            Require.present("failures", failures);
        }
    }

    private Credential(State state, Versioned version) {
        super(state, version);
    }

    public static Credential create(MemberId memberId, TenantId tenantId, PasswordHash hash, Instant now) {
        return new Credential(new State(memberId, tenantId, hash, now, LoginFailures.NONE), Versioned.fresh());
    }

    public static Credential reconstitute(State state, long version) {
        return new Credential(state, Versioned.loaded(version));
    }

    /** A new password; it also ends any lockout. */
    public void change(PasswordHash hash, Instant now) {
        change(new State(state().memberId(), state().tenantId(), hash, now, LoginFailures.NONE));
    }

    /** Counts a failed login; true when this failure locked the account. */
    public boolean recordFailure(LockoutPolicy policy, Instant now) {
        LoginFailures after = policy.afterFailure(state().failures(), now);
        change(new State(state().memberId(), state().tenantId(), state().hash(), state().changedAt(), after));
        return after.lockedAt(now);
    }

    /** A successful login forgets earlier failures; false when there were none to forget. */
    public boolean recordSuccess() {
        if (state().failures().equals(LoginFailures.NONE)) {
            return false;
        }
        change(new State(state().memberId(), state().tenantId(), state().hash(), state().changedAt(),
                LoginFailures.NONE));
        return true;
    }

    public boolean lockedAt(Instant now) {
        return state().failures().lockedAt(now);
    }

    public MemberId memberId() {
        return state().memberId();
    }

    public PasswordHash hash() {
        return state().hash();
    }
}
