package org.soptrack.core.domain.tenancy;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Versioned;

/** A staff user of one organization, with a role and the rooftops they are limited to. */
public final class Member extends Aggregate<Member.State> {

    /** The name an anonymized account shows wherever the organization's records name it. */
    public static final String ANONYMIZED_NAME = "Former member";

    /**
     * The stored form of a member. {@code removedAt} is set once the member is no longer active; {@code lastSignInAt}
     * is the last completed sign-in (password and second factor, or an identity provider's token), and
     * {@code deletionRequestedAt} when the member asked for the account to be deleted.
     */
    public record State(MemberId id, TenantId tenantId, Email email, String displayName, Role role,
                        RooftopScope rooftops, MemberStatus status, Instant joinedAt, Optional<Instant> removedAt,
                        Optional<Instant> lastSignInAt, Optional<Instant> deletionRequestedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("email", email);
            displayName = Require.text("displayName", displayName, 120);
            Require.present("role", role);
            Require.present("rooftops", rooftops);
            Require.present("status", status);
            Require.present("joinedAt", joinedAt);
            Require.present("removedAt", removedAt);
            Require.present("lastSignInAt", lastSignInAt);
            Require.present("deletionRequestedAt", deletionRequestedAt);
            if (removedAt.isEmpty() != (status == MemberStatus.ACTIVE)) {
                throw new IllegalArgumentException("removedAt is set exactly when the member is not active");
            }
            if (deletionRequestedAt.isPresent() && status == MemberStatus.ACTIVE) {
                throw new IllegalArgumentException("A member who asked for deletion is no longer active");
            }
        }

        State with(Role newRole, RooftopScope newRooftops) {
            return new State(id, tenantId, email, displayName, newRole, newRooftops, status, joinedAt, removedAt,
                    lastSignInAt, deletionRequestedAt);
        }

        State withStatus(MemberStatus newStatus, Optional<Instant> newRemovedAt) {
            return new State(id, tenantId, email, displayName, role, rooftops, newStatus, joinedAt, newRemovedAt,
                    lastSignInAt, deletionRequestedAt);
        }

        State withContact(Email newEmail, String newName) {
            return new State(id, tenantId, newEmail, newName, role, rooftops, status, joinedAt, removedAt,
                    lastSignInAt, deletionRequestedAt);
        }

        State withLastSignIn(Instant at) {
            return new State(id, tenantId, email, displayName, role, rooftops, status, joinedAt, removedAt,
                    Optional.of(at), deletionRequestedAt);
        }

        State withDeletionRequested(Instant at) {
            return new State(id, tenantId, email, displayName, role, rooftops, status, joinedAt, removedAt,
                    lastSignInAt, Optional.of(at));
        }

        State anonymized() {
            return new State(id, tenantId, anonymizedEmail(id), ANONYMIZED_NAME, role, rooftops,
                    MemberStatus.ANONYMIZED, joinedAt, Optional.of(removedAt.orElse(lastSignInAt.orElse(joinedAt))),
                    lastSignInAt, deletionRequestedAt);
        }
    }

    private Member(State state, Versioned version) {
        super(state, version);
    }

    public static Member create(MemberId id, TenantId tenantId, Email email, String displayName, Role role,
                                RooftopScope rooftops, Instant now) {
        return new Member(new State(id, tenantId, email, displayName, role, rooftops, MemberStatus.ACTIVE, now,
                Optional.empty(), Optional.empty(), Optional.empty()), Versioned.fresh());
    }

    public static Member reconstitute(State state, long version) {
        return new Member(state, Versioned.loaded(version));
    }

    /** The address an anonymized account keeps in place of the person's: unique, and never deliverable. */
    public static Email anonymizedEmail(MemberId id) {
        return Email.of("member-" + id + "@anonymized.invalid");
    }

    public void changeRole(Role role, RooftopScope rooftops) {
        change(state().with(role, rooftops));
    }

    /** The member's own correction of the name they are shown by (R-SEC-8); false if it is the same. */
    public boolean rename(String displayName) {
        State next = state().withContact(state().email(), displayName);
        if (next.displayName().equals(state().displayName())) {
            return false;
        }
        change(next);
        return true;
    }

    /** A new address, once the member confirmed it from its own mailbox (R-SEC-8). */
    public void changeEmail(Email email) {
        Require.present("email", email);
        change(state().withContact(email, state().displayName()));
    }

    public void remove(Instant now) {
        change(state().withStatus(MemberStatus.REMOVED, Optional.of(now)));
    }

    /** A completed sign-in: the clock of the inactive-account rule starts again. */
    public void signedIn(Instant now) {
        change(state().withLastSignIn(now));
    }

    /**
     * The member asked for the account to be deleted: it stops working now (the caller ends its sessions) and the
     * retention rule {@code DELETED_MEMBERS} deletes it when its period has passed.
     */
    public void requestDeletion(Instant now) {
        change(state().withStatus(MemberStatus.REMOVED, Optional.of(state().removedAt().orElse(now)))
                .withDeletionRequested(now));
    }

    /**
     * Replaces the name and address; the id stays, so the records that name the member still resolve. An account
     * that was still active counts as removed from its last sign-in.
     */
    public void anonymize() {
        change(state().anonymized());
    }

    /** When the inactive-account clock started: the last sign-in, or joining for a member who never signed in. */
    public Instant inactiveSince() {
        return state().lastSignInAt().orElse(state().joinedAt());
    }

    public boolean isActive() {
        return state().status() == MemberStatus.ACTIVE;
    }

    public MemberId id() {
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

    public RooftopScope rooftops() {
        return state().rooftops();
    }
}
