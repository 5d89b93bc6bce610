package org.soptrack.core.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;
import org.soptrack.core.domain.tenancy.TokenHash;

/**
 * An e-mailed link that lets a member act on their account without signing in (R-SEC-8): a forgotten password's reset,
 * or the confirmation of a new e-mail address sent to that address. Only the hash of its secret is kept; it works
 * once, until it expires.
 */
public final class AccountToken extends Aggregate<AccountToken.State> {

    /** What the link does, and how long it works. */
    public enum Purpose {
        PASSWORD_RESET(Duration.ofMinutes(30)), EMAIL_CHANGE(Duration.ofHours(24));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    /** The stored form; {@code newEmail} is the address an e-mail change confirms, and only that. */
    public record State(UUID id, TenantId tenantId, MemberId memberId, Purpose purpose, TokenHash tokenHash,
                        Optional<Email> newEmail, Instant requestedAt, Instant expiresAt, Optional<Instant> usedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("memberId", memberId);
            Require.present("purpose", purpose);
            Require.present("tokenHash", tokenHash);
            Require.present("newEmail", newEmail);
            Require.present("requestedAt", requestedAt);
            Require.present("expiresAt", expiresAt);
            Require.present("usedAt", usedAt);
            if (newEmail.isPresent() != (purpose == Purpose.EMAIL_CHANGE)) {
                throw new IllegalArgumentException("newEmail is set exactly for an e-mail change");
            }
            if (!expiresAt.isAfter(requestedAt)) {
                throw new IllegalArgumentException("expiresAt must be after requestedAt");
            }
        }
    }

    private AccountToken(State state, Versioned version) {
        super(state, version);
    }

    public static AccountToken passwordReset(UUID id, TenantId tenant, MemberId member, TokenHash hash, Instant now) {
        return issue(id, tenant, member, Purpose.PASSWORD_RESET, hash, Optional.empty(), now);
    }

    public static AccountToken emailChange(UUID id, TenantId tenant, MemberId member, TokenHash hash, Email newEmail,
                                           Instant now) {
        return issue(id, tenant, member, Purpose.EMAIL_CHANGE, hash, Optional.of(newEmail), now);
    }

    private static AccountToken issue(UUID id, TenantId tenant, MemberId member, Purpose purpose, TokenHash hash,
                                      Optional<Email> newEmail, Instant now) {
        return new AccountToken(new State(id, tenant, member, purpose, hash, newEmail, now,
                now.plus(purpose.validity()), Optional.empty()), Versioned.fresh());
    }

    public static AccountToken reconstitute(State state, long version) {
        return new AccountToken(state, Versioned.loaded(version));
    }

    /**
     * Uses the link if {@code presented} is its secret, it is of {@code purpose}, unused and unexpired; false (and
     * nothing changes) otherwise.
     */
    public boolean use(Purpose purpose, TokenHash presented, Instant now) {
        State s = state();
        if (s.purpose() != purpose || !s.tokenHash().matches(presented) || s.usedAt().isPresent()
                || !now.isBefore(s.expiresAt())) {
            return false;
        }
        change(new State(s.id(), s.tenantId(), s.memberId(), s.purpose(), s.tokenHash(), s.newEmail(),
                s.requestedAt(), s.expiresAt(), Optional.of(now)));
        return true;
    }

    public UUID id() {
        return state().id();
    }

    public MemberId memberId() {
        return state().memberId();
    }

    public Instant expiresAt() {
        return state().expiresAt();
    }
}
