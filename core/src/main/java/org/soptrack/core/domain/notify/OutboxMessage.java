package org.soptrack.core.domain.notify;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;
import org.soptrack.core.domain.sop.CustomerId;

/**
 * One message in the transactional outbox: written with the change that caused it, then tried by the dispatcher until
 * delivered or dead. Its id is the idempotency key every channel passes to its provider, so a re-send after a crash is
 * recognised as the same message. A sensitive message (a code, an invitation link) loses its text once it is settled.
 */
public final class OutboxMessage extends Aggregate<OutboxMessage.State> {

    /** Where the message stands. */
    public enum Status { PENDING, DELIVERED, DEAD }

    /** The stored form of a message. */
    public record State(UUID id, TenantId tenantId, UUID eventId, NotificationEvent event,
                        Optional<RooftopId> rooftopId, Optional<CustomerId> customerId, Destination destination,
                        MessageContent content, boolean sensitive, Status status, int attempts, Instant createdAt,
                        Instant nextAttemptAt, Optional<Instant> settledAt, Optional<String> lastError) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("eventId", eventId);
            Require.present("event", event);
            Require.present("rooftopId", rooftopId);
            Require.present("customerId", customerId);
            Require.present("destination", destination);
            Require.present("content", content);
            Require.present("status", status);
            Require.present("createdAt", createdAt);
            Require.present("nextAttemptAt", nextAttemptAt);
            Require.present("settledAt", settledAt);
            Require.present("lastError", lastError);
            if ((status == Status.PENDING) == settledAt.isPresent()) {
                throw new IllegalArgumentException("Only settled messages have a settled time");
            }
        }

        State with(Status status, int attempts, Instant nextAttemptAt, Optional<Instant> settledAt,
                   Optional<String> lastError, MessageContent content) {
            return new State(id, tenantId, eventId, event, rooftopId, customerId, destination, content, sensitive,
                    status, attempts, createdAt, nextAttemptAt, settledAt, lastError);
        }
    }

    private OutboxMessage(State state, Versioned version) {
        super(state, version);
    }

    /** A new message about {@code event}, due at once. */
    public static OutboxMessage create(UUID id, RaisedEvent event, Destination destination, MessageContent content,
                                       Optional<CustomerId> customer, Instant now) {
        boolean sensitive = event.event().audience() == Audience.ACCOUNT;
        return new OutboxMessage(new State(id, event.tenantId(), event.id(), event.event(), event.rooftopId(),
                customer, destination, content, sensitive, Status.PENDING, 0, now, now, Optional.empty(),
                Optional.empty()), Versioned.fresh());
    }

    public static OutboxMessage reconstitute(State state, long version) {
        return new OutboxMessage(state, Versioned.loaded(version));
    }

    /** Takes the message for one send: nobody else claims it until {@code leaseUntil}. */
    public void claim(Instant leaseUntil) {
        requirePending();
        State s = state();
        change(s.with(s.status(), s.attempts(), leaseUntil, s.settledAt(), s.lastError(), s.content()));
    }

    /** Gives a lease back unsent: the message is due again at {@code now}, its attempts unchanged. */
    public void release(Instant now) {
        requirePending();
        State s = state();
        change(s.with(s.status(), s.attempts(), now, s.settledAt(), s.lastError(), s.content()));
    }

    /** Records what the channel said and decides what comes next; returns the delivery-log line. */
    public DeliveryAttempt record(DeliveryResult result, Instant now, DispatchPolicy policy, RandomGenerator random) {
        requirePending();
        State s = state();
        int attempt = s.attempts() + 1;
        DeliveryAttempt line = new DeliveryAttempt(s.id(), attempt, now, DeliveryAttempt.outcomeOf(result),
                result.detail());
        if (result instanceof DeliveryResult.Delivered) {
            change(s.with(Status.DELIVERED, attempt, now, Optional.of(now), Optional.empty(), settledContent()));
        } else if (result instanceof DeliveryResult.PermanentFailure || attempt >= policy.maxAttempts()) {
            change(s.with(Status.DEAD, attempt, now, Optional.of(now), Optional.of(line.detail()), s.content()));
        } else {
            change(s.with(Status.PENDING, attempt, now.plus(policy.delayAfter(attempt, random)), Optional.empty(),
                    Optional.of(line.detail()), s.content()));
        }
        return line;
    }

    /** An administrator sends a dead letter again: it is due at once with a fresh set of attempts. */
    public boolean retry(Instant now) {
        if (status() != Status.DEAD || state().content().equals(MessageContent.REDACTED)) {
            return false;
        }
        State s = state();
        change(s.with(Status.PENDING, 0, now, Optional.empty(), s.lastError(), s.content()));
        return true;
    }

    /**
     * Retention: the message's text must not be kept any longer (a sign-in code past its life). A pending message is
     * given up as dead; the text is blanked either way. False when there was nothing left to blank.
     */
    public boolean expire(Instant now) {
        State s = state();
        if (s.status() == Status.PENDING) {
            change(s.with(Status.DEAD, s.attempts(), now, Optional.of(now), Optional.of("expired before delivery"),
                    MessageContent.REDACTED));
            return true;
        }
        if (s.content().equals(MessageContent.REDACTED)) {
            return false;
        }
        change(s.with(s.status(), s.attempts(), s.nextAttemptAt(), s.settledAt(), s.lastError(),
                MessageContent.REDACTED));
        return true;
    }

    private MessageContent settledContent() {
        return state().sensitive() ? MessageContent.REDACTED : state().content();
    }

    private void requirePending() {
        if (status() != Status.PENDING) {
            throw new IllegalStateException("Message " + id() + " is " + status());
        }
    }

    public UUID id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public Status status() {
        return state().status();
    }

    public Destination destination() {
        return state().destination();
    }

    public MessageContent content() {
        return state().content();
    }

    public NotificationEvent event() {
        return state().event();
    }
}
