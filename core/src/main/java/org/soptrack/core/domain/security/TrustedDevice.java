package org.soptrack.core.domain.security;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.shared.Versioned;
import org.soptrack.core.domain.tenancy.TokenHash;

/**
 * A device on which a member passed the second factor and asked to be remembered (R-SEC-3): logins presenting its
 * token skip the second factor until it is revoked (by the member, by turning MFA off, by the member's removal) or
 * goes the policy's days unused.
 */
public final class TrustedDevice extends Aggregate<TrustedDevice.State> {

    public record State(TrustedDeviceId id, TenantId tenantId, MemberId memberId, TokenHash tokenHash, String label,
                        Instant trustedAt, Instant lastUsedAt, Optional<Instant> revokedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("memberId", memberId);
            Require.present("tokenHash", tokenHash);
            label = Require.text("label", label, 200);
            Require.present("trustedAt", trustedAt);
            Require.present("lastUsedAt", lastUsedAt);
            Require.present("revokedAt", revokedAt);
        }
    }

    private TrustedDevice(State state, Versioned version) {
        super(state, version);
    }

    public static TrustedDevice trust(TrustedDeviceId id, TenantId tenant, MemberId member, TokenHash tokenHash,
                                      String label, Instant now) {
        return new TrustedDevice(new State(id, tenant, member, tokenHash, label, now, now, Optional.empty()),
                Versioned.fresh());
    }

    public static TrustedDevice reconstitute(State state, long version) {
        return new TrustedDevice(state, Versioned.loaded(version));
    }

    public boolean trustedAt(Instant now, SessionPolicy policy) {
        return state().revokedAt().isEmpty() && now.isBefore(state().lastUsedAt().plus(policy.trustedDeviceIdle()));
    }

    /** A login used the device: its days of inactivity start again. */
    public void use(Instant now) {
        State s = state();
        change(new State(s.id(), s.tenantId(), s.memberId(), s.tokenHash(), s.label(), s.trustedAt(), now,
                s.revokedAt()));
    }

    /** False when it was revoked already. */
    public boolean revoke(Instant now) {
        State s = state();
        if (s.revokedAt().isPresent()) {
            return false;
        }
        change(new State(s.id(), s.tenantId(), s.memberId(), s.tokenHash(), s.label(), s.trustedAt(),
                s.lastUsedAt(), Optional.of(now)));
        return true;
    }

    public TrustedDeviceId id() {
        return state().id();
    }

    public MemberId memberId() {
        return state().memberId();
    }
}
