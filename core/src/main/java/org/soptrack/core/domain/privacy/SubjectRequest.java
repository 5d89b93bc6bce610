package org.soptrack.core.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/**
 * A data-subject request (R-DSR-1, R-DSR-2): what was asked, about whom, under which law, when it is due, whether the
 * requester's identity was verified, the one extension it may have, and how it ended. Dates are UTC calendar days; a
 * request is overdue from the day after its due date.
 */
public final class SubjectRequest extends Aggregate<SubjectRequest.State> {

    /** How long before its due date a request counts as due soon. */
    public static final int DUE_SOON_DAYS = 7;

    /** Where a request stands. */
    public enum Status { OPEN, COMPLETED, REJECTED }

    /** Who checked the requester's identity, how, and when. */
    public record Verification(String method, ActorRef by, Instant at) {
        public Verification {
            method = minimum("method", Require.freeText("method", method, 500), 5);
            Require.present("by", by);
            Require.present("at", at);
        }
    }

    /** The one extension: why, who decided it, when, and the new due date. */
    public record Extension(String reason, ActorRef by, Instant at, LocalDate dueOn) {
        public Extension {
            reason = minimum("reason", Require.freeText("reason", reason, 1000), 10);
            Require.present("by", by);
            Require.present("at", at);
            Require.present("dueOn", dueOn);
        }
    }

    /** How the request ended: completed or rejected, by whom, when and with what answer. */
    public record Closing(Status status, String resolution, ActorRef by, Instant at) {
        public Closing {
            Require.present("status", status);
            if (status == Status.OPEN) {
                throw new IllegalArgumentException("A closing completes or rejects");
            }
            resolution = minimum("resolution", Require.freeText("resolution", resolution, 2000), 5);
            Require.present("by", by);
            Require.present("at", at);
        }
    }

    /** The stored form of a request. */
    public record State(SubjectRequestId id, TenantId tenantId, RequestType type, DataSubject subject, Regime regime,
                        Email requesterEmail, LocalDate receivedOn, ActorRef recordedBy, Instant recordedAt,
                        LocalDate firstDueOn, Optional<Verification> verification, Optional<Extension> extension,
                        Optional<Closing> closing, Optional<Instant> remindedAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("type", type);
            Require.present("subject", subject);
            Require.present("regime", regime);
            Require.present("requesterEmail", requesterEmail);
            Require.present("receivedOn", receivedOn);
            Require.present("recordedBy", recordedBy);
            Require.present("recordedAt", recordedAt);
            Require.present("firstDueOn", firstDueOn);
            Require.present("verification", verification);
            Require.present("extension", extension);
            Require.present("closing", closing);
            Require.present("remindedAt", remindedAt);
        }

        State with(Optional<Verification> verification, Optional<Extension> extension, Optional<Closing> closing,
                   Optional<Instant> remindedAt) {
            return new State(id, tenantId, type, subject, regime, requesterEmail, receivedOn, recordedBy, recordedAt,
                    firstDueOn, verification, extension, closing, remindedAt);
        }
    }

    private SubjectRequest(State state, Versioned version) {
        super(state, version);
    }

    /**
     * Records a request received on {@code receivedOn} (today, or earlier when it arrived by post or phone and is
     * entered late; never in the future, and never after its own due date had passed).
     */
    public static SubjectRequest receive(SubjectRequestId id, TenantId tenant, RequestType type, DataSubject subject,
                                         Regime regime, Email requester, LocalDate receivedOn, ActorRef by,
                                         Instant now) {
        Require.present("regime", regime);
        Require.present("receivedOn", receivedOn);
        LocalDate today = day(now);
        if (receivedOn.isAfter(today)) {
            throw new InvalidValueException("receivedOn", "cannot be in the future");
        }
        LocalDate due = regime.due(receivedOn);
        if (due.isBefore(today)) {
            throw new InvalidValueException("receivedOn", "is so long ago that the request was due on " + due);
        }
        return new SubjectRequest(new State(id, tenant, type, subject, regime, requester, receivedOn, by, now, due,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Versioned.fresh());
    }

    /**
     * A member's request about themself, made in the product (downloading their data, closing their account): received
     * today under GDPR, answered to their own address, and verified by how they proved who they are.
     */
    public static SubjectRequest fromMember(SubjectRequestId id, TenantId tenant, RequestType type, UUID member,
                                            Email address, String verification, ActorRef by, Instant now) {
        SubjectRequest request = receive(id, tenant, type, DataSubject.member(member), Regime.GDPR, address, day(now),
                by, now);
        request.verify(verification, by, now);
        return request;
    }

    public static SubjectRequest reconstitute(State state, long version) {
        return new SubjectRequest(state, Versioned.loaded(version));
    }

    /** Records how the requester's identity was checked; false if it was verified already or the request is closed. */
    public boolean verify(String method, ActorRef by, Instant now) {
        State s = state();
        Verification verification = new Verification(method, by, now);
        if (!open() || verified()) {
            return false;
        }
        change(s.with(Optional.of(verification), s.extension(), s.closing(), s.remindedAt()));
        return true;
    }

    /** Why an extension is refused, or empty when it was granted. */
    public Optional<String> extend(String reason, ActorRef by, Instant now) {
        State s = state();
        Extension extension = new Extension(reason, by, now, s.regime().extended(s.firstDueOn()));
        if (!open()) {
            return Optional.of("The request is closed");
        }
        if (s.extension().isPresent()) {
            return Optional.of("The request was extended once already; it cannot be extended again");
        }
        if (day(now).isAfter(s.firstDueOn())) {
            return Optional.of("The request was due on " + s.firstDueOn()
                    + "; an extension must be told to the requester before that");
        }
        change(s.with(s.verification(), Optional.of(extension), s.closing(), Optional.empty()));
        return Optional.empty();
    }

    /** Closes the request as done; false if it was closed already. */
    public boolean complete(String resolution, ActorRef by, Instant now) {
        return close(new Closing(Status.COMPLETED, resolution, by, now));
    }

    /** Closes the request as refused, with the reason told to the requester; false if it was closed already. */
    public boolean reject(String reason, ActorRef by, Instant now) {
        return close(new Closing(Status.REJECTED, reason, by, now));
    }

    private boolean close(Closing closing) {
        State s = state();
        if (!open()) {
            return false;
        }
        change(s.with(s.verification(), s.extension(), Optional.of(closing), s.remindedAt()));
        return true;
    }

    /** Notes that staff were reminded of the current due date (due soon or overdue), so the reminder goes once. */
    public void reminded(Instant now) {
        State s = state();
        change(s.with(s.verification(), s.extension(), s.closing(), Optional.of(now)));
    }

    /** The due date in force: the extended one if there is one. */
    public LocalDate dueOn() {
        return state().extension().map(Extension::dueOn).orElse(state().firstDueOn());
    }

    public boolean open() {
        return state().closing().isEmpty();
    }

    public boolean verified() {
        return state().verification().isPresent();
    }

    public Status status() {
        return state().closing().map(Closing::status).orElse(Status.OPEN);
    }

    /** Open after its due date. */
    public boolean overdue(Instant now) {
        return open() && day(now).isAfter(dueOn());
    }

    /** Open, not overdue, and due within {@link #DUE_SOON_DAYS} days. */
    public boolean dueSoon(Instant now) {
        return open() && !overdue(now) && ChronoUnit.DAYS.between(day(now), dueOn()) <= DUE_SOON_DAYS;
    }

    /**
     * Whether staff are to be reminded now: once when the request becomes due soon, and once more when it becomes
     * overdue. An extension starts the count again.
     */
    public boolean needsReminder(Instant now) {
        Optional<Instant> reminded = state().remindedAt();
        if (overdue(now)) {
            return reminded.map(r -> !day(r).isAfter(dueOn())).orElse(true);
        }
        return dueSoon(now) && reminded.isEmpty();
    }

    public SubjectRequestId id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public RequestType type() {
        return state().type();
    }

    public DataSubject subject() {
        return state().subject();
    }

    static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String minimum(String field, String text, int length) {
        if (text.length() < length) {
            throw new InvalidValueException(field, "must say it in at least " + length + " characters");
        }
        return text;
    }
}
