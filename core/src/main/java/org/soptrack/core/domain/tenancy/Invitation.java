package org.soptrack.core.domain.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Versioned;

/** An e-mailed, expiring, single-use, revocable offer to join an organization with a role (R-TEN-4). */
public final class Invitation extends Aggregate<Invitation.State> {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    /** The stored form of an invitation. Only the hash of its secret is kept. */
    public record State(InvitationId id, TenantId tenantId, Email email, Role role, RooftopScope rooftops,
                        TokenHash tokenHash, ActorRef invitedBy, Instant createdAt, Instant expiresAt,
                        InvitationStatus status, Optional<Instant> closedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("email", email);
            Require.present("role", role);
            Require.present("rooftops", rooftops);
            Require.present("tokenHash", tokenHash);
            Require.present("invitedBy", invitedBy);
            Require.present("createdAt", createdAt);
            Require.present("expiresAt", expiresAt);
            if (status == null || status == InvitationStatus.EXPIRED) {
                throw new IllegalArgumentException("stored status must be PENDING, ACCEPTED or REVOKED");
            }
            Require.present("closedAt", closedAt);
        }
    }

    /** The answer to an attempt to accept. */
    public sealed interface Acceptance permits Accepted, Refused {
    }

    /** The invitation is used up and this member now exists (not yet stored). */
    public record Accepted(Member member) implements Acceptance {
    }

    /** Nothing changed. */
    public record Refused(AcceptRefusal reason) implements Acceptance {
    }

    private Invitation(State state, Versioned version) {
        super(state, version);
    }

    public static Invitation create(InvitationId id, TenantId tenantId, Email email, Role role, RooftopScope rooftops,
                                    TokenHash tokenHash, ActorRef invitedBy, Instant now, Duration validity) {
        Require.positive("validity", validity);
        return new Invitation(new State(id, tenantId, email, role, rooftops, tokenHash, invitedBy, now,
                now.plus(validity), InvitationStatus.PENDING, Optional.empty()), Versioned.fresh());
    }

    public static Invitation reconstitute(State state, long version) {
        return new Invitation(state, Versioned.loaded(version));
    }

    /** The status as of {@code now}: a pending invitation past its expiry is EXPIRED. */
    public InvitationStatus statusAt(Instant now) {
        if (state().status() == InvitationStatus.PENDING && !now.isBefore(state().expiresAt())) {
            return InvitationStatus.EXPIRED;
        }
        return state().status();
    }

    /** Accepts on behalf of the holder of {@code presented}, signed in as {@code email}. */
    public Acceptance accept(TokenHash presented, Email email, MemberId newMember, String displayName, Instant now) {
        if (!state().tokenHash().matches(presented)) {
            return new Refused(AcceptRefusal.INVALID_TOKEN);
        }
        switch (statusAt(now)) {
            case ACCEPTED:
                return new Refused(AcceptRefusal.ALREADY_ACCEPTED);
            case REVOKED:
                return new Refused(AcceptRefusal.REVOKED);
            case EXPIRED:
                return new Refused(AcceptRefusal.EXPIRED);
            case PENDING:
            default:
                break;
        }
        if (!state().email().equals(email)) {
            return new Refused(AcceptRefusal.WRONG_EMAIL);
        }
        close(InvitationStatus.ACCEPTED, now);
        return new Accepted(Member.create(newMember, state().tenantId(), email, displayName, state().role(),
                state().rooftops(), now));
    }

    /** Revokes a pending invitation; returns false (and changes nothing) otherwise. */
    public boolean revoke(Instant now) {
        if (statusAt(now) != InvitationStatus.PENDING) {
            return false;
        }
        close(InvitationStatus.REVOKED, now);
        return true;
    }

    private void close(InvitationStatus status, Instant now) {
        change(new State(state().id(), state().tenantId(), state().email(), state().role(), state().rooftops(), state().tokenHash(),
                state().invitedBy(), state().createdAt(), state().expiresAt(), status, Optional.of(now)));
    }

    public InvitationId id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public Email email() {
        return state().email();
    }

    public Role role() {
        return state().role();
    }
}
