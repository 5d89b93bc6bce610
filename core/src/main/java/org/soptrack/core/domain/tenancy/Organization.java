package org.soptrack.core.domain.tenancy;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/** A dealer group: the tenant. Holds its name and subscription state. */
public final class Organization extends Aggregate<Organization.State> {

    /** The stored form of an organization. */
    /** {@code mfaRequired}: every member logging in with a password must pass a second factor (R-SEC-3). */
    public record State(TenantId id, String name, SubscriptionState subscription, Instant createdAt,
                        Optional<Instant> cancelledAt, boolean mfaRequired) {
        public State {
            Require.present("id", id);
            name = Require.text("organizationName", name, 200);
            Require.present("subscription", subscription);
            Require.present("createdAt", createdAt);
            Require.present("cancelledAt", cancelledAt);
        }
    }

    private Organization(State state, Versioned version) {
        super(state, version);
    }

    /** A new organization starts its trial. */
    public static Organization create(TenantId id, String name, Instant now) {
        return new Organization(new State(id, name, SubscriptionState.TRIAL, now, Optional.empty(), false), Versioned.fresh());
    }

    public static Organization reconstitute(State state, long version) {
        return new Organization(state, Versioned.loaded(version));
    }

    /** Moves the subscription; cancelling records when, any other state clears it. Returns false if unchanged. */
    public boolean changeSubscription(SubscriptionState next, Instant now) {
        if (next == state().subscription()) {
            return false;
        }
        Optional<Instant> cancelledAt = next == SubscriptionState.CANCELLED ? Optional.of(now) : Optional.empty();
        change(new State(state().id(), state().name(), next, state().createdAt(), cancelledAt, state().mfaRequired()));
        return true;
    }

    /** Requires a second factor of every member, or stops requiring it; false if unchanged. */
    public boolean requireMfa(boolean required) {
        State s = state();
        if (s.mfaRequired() == required) {
            return false;
        }
        change(new State(s.id(), s.name(), s.subscription(), s.createdAt(), s.cancelledAt(), required));
        return true;
    }

    public boolean mfaRequired() {
        return state().mfaRequired();
    }

    public TenantId id() {
        return state().id();
    }

    public String name() {
        return state().name();
    }

    public SubscriptionState subscription() {
        return state().subscription();
    }
}
