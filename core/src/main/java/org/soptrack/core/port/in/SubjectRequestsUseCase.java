package org.soptrack.core.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * Data-subject requests (R-DSR-1 … R-DSR-6). A dealership's administrators record the requests of their customers,
 * verify the requester's identity, extend once with a reason the requester is told, and complete each by what it asks
 * for: an export, an erasure, a restriction, or a written answer (a rectification, made through the normal screens).
 * Nothing leaves before the identity is verified. Members ask about themselves: they download their own data after
 * entering their password again, and close their account to have it erased. Every step is audited.
 */
public interface SubjectRequestsUseCase {

    /** A customer's request as received. {@code receivedOn} is today when empty. */
    record Receive(Actor actor, CustomerId customer, RequestType type, Regime regime, String requesterEmail,
                   Optional<LocalDate> receivedOn) {
        public Receive {
            Require.present("actor", actor);
            Require.present("customer", customer);
            Require.present("type", type);
            Require.present("regime", regime);
            Require.present("receivedOn", receivedOn);
        }
    }

    /** Which requests to list. */
    enum Filter { ALL, OPEN, DUE_SOON, OVERDUE }

    /** A completed erasure: the request, closed, and what was erased and kept. */
    record Erasure(SubjectRequest request, ErasureResult result) {
    }

    Outcome<SubjectRequest> receive(Receive command);

    Outcome<List<SubjectRequest>> list(Actor actor, Filter filter);

    Outcome<SubjectRequest> get(Actor actor, SubjectRequestId id);

    Outcome<SubjectRequest> verify(Actor actor, SubjectRequestId id, String method);

    /** The one extension; the requester is e-mailed the reason and the new due date. */
    Outcome<SubjectRequest> extend(Actor actor, SubjectRequestId id, String reason);

    /** The export of an access or portability request; the first download completes the request. */
    Outcome<PersonalDataExport> export(Actor actor, SubjectRequestId id);

    /** Carries out an erasure request and completes it; refused while a legal hold covers the customer. */
    Outcome<Erasure> erase(Actor actor, SubjectRequestId id);

    /** Carries out a restriction or objection request (the customer is restricted) and completes it. */
    Outcome<SubjectRequest> restrict(Actor actor, SubjectRequestId id);

    /** Completes a rectification request, saying what was corrected. */
    Outcome<SubjectRequest> complete(Actor actor, SubjectRequestId id, String resolution);

    Outcome<SubjectRequest> reject(Actor actor, SubjectRequestId id, String reason);

    /** Everything the organization holds, for its administrators. */
    Outcome<PersonalDataExport> exportOrganization(Actor actor);

    /**
     * A member's own data. A member with a password gives it again; the download is recorded as a completed access
     * request.
     */
    Outcome<PersonalDataExport> exportMine(MemberActor actor, Optional<Password> currentPassword);

    /** Reminds staff of requests that became due soon or overdue, in every organization; how many reminders went. */
    int remind();

    /** Every organization's erasure log, for an operator to keep with the backups. */
    List<ErasureRecord> erasureLog(OperatorId operator);

    /** Applies logged erasures again (after a restore); how many were applied. Unknown organizations are skipped. */
    int reapply(OperatorId operator, List<ErasureRecord> records);

    /** The refusal to act on a request before the requester's identity is verified. */
    String NOT_VERIFIED = "request-not-verified";
    /** The refusal of a step that does not fit the request's type or state. */
    String WRONG_STEP = "request-wrong-step";
    /** The refusal to extend a second time, or after the first deadline. */
    String NOT_EXTENDABLE = "request-not-extendable";
    /** The refusal to erase what a legal hold keeps. */
    String HELD = "subject-under-legal-hold";
}
