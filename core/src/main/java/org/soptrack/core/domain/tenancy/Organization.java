package org.soptrack.core.domain.tenancy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/** A dealer group: the tenant. Holds its name and subscription state. */
public final class Organization extends Aggregate<Organization.State> {

    /**
     * The stored form of an organization. {@code mfaRequired}: every member logging in with a password must pass a
     * second factor (R-SEC-3). {@code purge}: the deletion of its business data, once its grace period ran out.
     */
    public record State(TenantId id, String name, SubscriptionState subscription, Instant createdAt,
                        Optional<Instant> cancelledAt, boolean mfaRequired, Optional<TenantPurge> purge) {
        public State {
            Require.present("id", id);
            name = Require.text("organizationName", name, 200);
            Require.present("subscription", subscription);
            Require.present("createdAt", createdAt);
            Require.present("cancelledAt", cancelledAt);
            Require.present("purge", purge);
            if ((subscription == SubscriptionState.CANCELLED) != cancelledAt.isPresent()) {
                throw new IllegalArgumentException("A cancelled subscription, and only that, has a cancellation time");
            }
        }

        State withSubscription(SubscriptionState next, Optional<Instant> cancelled) {
            return new State(id, name, next, createdAt, cancelled, mfaRequired, purge);
        }

        State withMfaRequired(boolean required) {
            return new State(id, name, subscription, createdAt, cancelledAt, required, purge);
        }

        State withPurge(TenantPurge next) {
            return new State(id, name, subscription, createdAt, cancelledAt, mfaRequired, Optional.of(next));
        }
    }

    private Organization(State state, Versioned version) {
        super(state, version);
    }

    /** A new organization starts its trial. */
    public static Organization create(TenantId id, String name, Instant now) {
        return new Organization(new State(id, name, SubscriptionState.TRIAL, now, Optional.empty(), false,
                Optional.empty()), Versioned.fresh());
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
        change(state().withSubscription(next, cancelledAt));
        return true;
    }

    /** Requires a second factor of every member, or stops requiring it; false if unchanged. */
    public boolean requireMfa(boolean required) {
        State s = state();
        if (s.mfaRequired() == required) {
            return false;
        }
        change(s.withMfaRequired(required));
        return true;
    }

    /**
     * Whether the business data is due for deletion at {@code graceCutoff} (the moment a grace period that ends now
     * began): a purge has started and not finished, or the subscription was cancelled before that moment.
     */
    public boolean purgeDue(Instant graceCutoff) {
        State s = state();
        if (s.purge().isPresent()) {
            return !s.purge().get().completed();
        }
        return s.cancelledAt().filter(at -> at.isBefore(graceCutoff)).isPresent();
    }

    /** Starts the purge, noting how many records of each kind it will delete; does nothing if it started before. */
    public void startPurge(Instant now, Map<String, Long> counts) {
        State s = state();
        if (s.purge().isEmpty()) {
            change(s.withPurge(new TenantPurge(now, counts, Optional.empty())));
        }
    }

    /** Records that the last record of the purge went. */
    public void completePurge(Instant now) {
        State s = state();
        TenantPurge started = s.purge().orElseThrow(() -> new IllegalStateException("No purge was started"));
        if (!started.completed()) {
            change(s.withPurge(new TenantPurge(started.startedAt(), started.counts(), Optional.of(now))));
        }
    }

    /**
     * Read-only: a cancelled organization may read and export its data but change nothing of its business until it
     * is reactivated, nor while its purge is under way.
     */
    public boolean readOnly() {
        return state().subscription() == SubscriptionState.CANCELLED
                || state().purge().filter(p -> !p.completed()).isPresent();
    }

    public Optional<Instant> cancelledAt() {
        return state().cancelledAt();
    }

    public Optional<TenantPurge> purge() {
        return state().purge();
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
