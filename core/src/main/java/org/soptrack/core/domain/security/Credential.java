package org.soptrack.core.domain.security;

import java.time.Instant;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/**
 * A member's built-in login: the password as its hash only, failed logins since the last success and the second
 * factor the member set up.
 */
public final class Credential extends Aggregate<Credential.State> {

    public record State(MemberId memberId, TenantId tenantId, PasswordHash hash, Instant changedAt,
                        LoginFailures failures, SecondFactor secondFactor) {
        public State {
            Require.present("memberId", memberId);
            Require.present("tenantId", tenantId);
            Require.present("hash", hash);
            Require.present("changedAt", changedAt);
            Require.present("failures", failures);
            Require.present("secondFactor", secondFactor);
        }
    }

    private Credential(State state, Versioned version) {
        super(state, version);
    }

    public static Credential create(MemberId memberId, TenantId tenantId, PasswordHash hash, Instant now) {
        return new Credential(new State(memberId, tenantId, hash, now, LoginFailures.NONE, SecondFactor.NONE),
                Versioned.fresh());
    }

    public static Credential reconstitute(State state, long version) {
        return new Credential(state, Versioned.loaded(version));
    }

    /** A new password; it also ends any lockout. */
    public void change(PasswordHash hash, Instant now) {
        change(new State(state().memberId(), state().tenantId(), hash, now, LoginFailures.NONE,
                state().secondFactor()));
    }

    /**
     * The same password hashed at a higher cost, after a sign-in proved it: not a password change, so neither when the
     * password was changed nor the failures count move.
     */
    public void rehash(PasswordHash stronger) {
        change(new State(state().memberId(), state().tenantId(), stronger, state().changedAt(), state().failures(),
                state().secondFactor()));
    }

    /** Counts a failed login; true when this failure locked the account. */
    public boolean recordFailure(LockoutPolicy policy, Instant now) {
        LoginFailures after = policy.afterFailure(state().failures(), now);
        change(new State(state().memberId(), state().tenantId(), state().hash(), state().changedAt(), after,
                state().secondFactor()));
        return after.lockedAt(now);
    }

    /** A successful login forgets earlier failures; false when there were none to forget. */
    public boolean recordSuccess() {
        if (state().failures().equals(LoginFailures.NONE)) {
            return false;
        }
        change(new State(state().memberId(), state().tenantId(), state().hash(), state().changedAt(),
                LoginFailures.NONE, state().secondFactor()));
        return true;
    }

    /** New second-factor settings; false if unchanged. */
    public boolean changeSecondFactor(SecondFactor next) {
        State s = state();
        if (s.secondFactor().equals(next)) {
            return false;
        }
        change(new State(s.memberId(), s.tenantId(), s.hash(), s.changedAt(), s.failures(), next));
        return true;
    }

    public SecondFactor secondFactor() {
        return state().secondFactor();
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
