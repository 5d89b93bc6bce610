package org.soptrack.core.domain.tenancy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/** A dealer group: the tenant. Holds its name and subscription state. */
public final class Organization extends Aggregate<Organization.State> {

    /**
     * The stored form of an organization. {@code mfaRequired}: every member logging in with a password must pass a
     * second factor (R-SEC-3). {@code deletion}: its owners asked for it to be deleted. {@code purge}: the deletion of
     * its data, once its grace period ran out or the cooling-off period of a deletion request ended.
     */
    public record State(TenantId id, String name, SubscriptionState subscription, Instant createdAt,
                        Optional<Instant> cancelledAt, boolean mfaRequired, Optional<DeletionRequest> deletion,
                        Optional<TenantPurge> purge) {
        public State {
            Require.present("id", id);
            name = Require.text("organizationName", name, 200);
            Require.present("subscription", subscription);
            Require.present("createdAt", createdAt);
            Require.present("cancelledAt", cancelledAt);
            Require.present("deletion", deletion);
            Require.present("purge", purge);
            if ((subscription == SubscriptionState.CANCELLED) != cancelledAt.isPresent()) {
                throw new IllegalArgumentException("A cancelled subscription, and only that, has a cancellation time");
            }
        }

        State withSubscription(SubscriptionState next, Optional<Instant> cancelled) {
            return new State(id, name, next, createdAt, cancelled, mfaRequired, deletion, purge);
        }

        State withMfaRequired(boolean required) {
            return new State(id, name, subscription, createdAt, cancelledAt, required, deletion, purge);
        }

        State withDeletion(Optional<DeletionRequest> next) {
            return new State(id, name, subscription, createdAt, cancelledAt, mfaRequired, next, purge);
        }

        State withPurge(String nameAfter, TenantPurge next) {
            return new State(id, nameAfter, subscription, createdAt, cancelledAt, mfaRequired, deletion,
                    Optional.of(next));
        }
    }

    /** The name a purged organization keeps in place of its own. */
    public static final String DELETED_NAME = "Deleted organization";

    private Organization(State state, Versioned version) {
        super(state, version);
    }

    /** A new organization starts its trial. */
    public static Organization create(TenantId id, String name, Instant now) {
        return new Organization(new State(id, name, SubscriptionState.TRIAL, now, Optional.empty(), false,
                Optional.empty(), Optional.empty()), Versioned.fresh());
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
     * Whether the organization's data is due for deletion {@code now}, with {@code graceCutoff} the moment a grace
     * period that ends now began: a purge has started and not finished, the subscription was cancelled before that
     * moment, or the cooling-off period of the owners' deletion request is over.
     */
    public boolean purgeDue(Instant graceCutoff, Instant now) {
        State s = state();
        if (s.purge().isPresent()) {
            return !s.purge().get().completed();
        }
        return s.cancelledAt().filter(at -> at.isBefore(graceCutoff)).isPresent()
                || s.deletion().filter(d -> !d.purgeFrom().isAfter(now)).isPresent();
    }

    /**
     * An owner asks for the organization's deletion; its purge may start at {@code purgeFrom}. False if a request is
     * pending already or the purge started.
     */
    public boolean requestDeletion(ActorRef by, Instant now, Instant purgeFrom) {
        State s = state();
        if (s.deletion().isPresent() || s.purge().isPresent()) {
            return false;
        }
        change(s.withDeletion(Optional.of(new DeletionRequest(now, by, purgeFrom))));
        return true;
    }

    /** An owner withdraws the deletion request before the purge started; false if there is nothing to withdraw. */
    public boolean cancelDeletion() {
        State s = state();
        if (s.deletion().isEmpty() || s.purge().isPresent()) {
            return false;
        }
        change(s.withDeletion(Optional.empty()));
        return true;
    }

    /** Whether it is still on trial {@code trialLength} after it signed up, with no subscription taken since. */
    public boolean trialLapsed(Instant now, Duration trialLength) {
        return state().subscription() == SubscriptionState.TRIAL
                && !state().createdAt().plus(trialLength).isAfter(now);
    }

    /** Starts the purge, noting how many records of each kind it will delete; does nothing if it started before. */
    public void startPurge(Instant now, Map<String, Long> counts) {
        State s = state();
        if (s.purge().isEmpty()) {
            change(s.withPurge(s.name(), new TenantPurge(now, counts, Optional.empty())));
        }
    }

    /** Records that the last record of the purge went; the organization's own name goes with it. */
    public void completePurge(Instant now) {
        State s = state();
        TenantPurge started = s.purge().orElseThrow(() -> new IllegalStateException("No purge was started"));
        if (!started.completed()) {
            change(s.withPurge(DELETED_NAME, new TenantPurge(started.startedAt(), started.counts(), Optional.of(now))));
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

    public Optional<DeletionRequest> deletion() {
        return state().deletion();
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
