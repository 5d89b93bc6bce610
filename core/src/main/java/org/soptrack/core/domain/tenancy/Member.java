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

    /** The stored form of a member. */
    public record State(MemberId id, TenantId tenantId, Email email, String displayName, Role role,
                        RooftopScope rooftops, MemberStatus status, Instant joinedAt, Optional<Instant> removedAt) {
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
        }
    }

    private Member(State state, Versioned version) {
        super(state, version);
    }

    public static Member create(MemberId id, TenantId tenantId, Email email, String displayName, Role role,
                                RooftopScope rooftops, Instant now) {
        return new Member(new State(id, tenantId, email, displayName, role, rooftops, MemberStatus.ACTIVE, now,
                Optional.empty()), Versioned.fresh());
    }

    public static Member reconstitute(State state, long version) {
        return new Member(state, Versioned.loaded(version));
    }

    public void changeRole(Role role, RooftopScope rooftops) {
        change(new State(state().id(), state().tenantId(), state().email(), state().displayName(), role, rooftops,
                state().status(), state().joinedAt(), state().removedAt()));
    }

    public void remove(Instant now) {
        change(new State(state().id(), state().tenantId(), state().email(), state().displayName(), state().role(),
                state().rooftops(), MemberStatus.REMOVED, state().joinedAt(), Optional.of(now)));
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
