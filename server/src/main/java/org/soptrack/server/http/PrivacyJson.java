package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.port.in.SubjectRequestsUseCase;

/** The JSON of the data-subject request endpoints. */
final class PrivacyJson {

    private PrivacyJson() {
    }

    /** {@code {customerId, type, regime?, requesterEmail, receivedOn?}}; the regime is GDPR unless CCPA is given. */
    @Serdeable
    record Receive(@Nullable String customerId, @Nullable String type, @Nullable String regime,
                   @Nullable String requesterEmail, @Nullable String receivedOn) {
    }

    /** The text a step needs: how the identity was verified, why the request is extended, completed or rejected. */
    @Serdeable
    record Step(@Nullable String method, @Nullable String reason, @Nullable String resolution) {
    }

    @Serdeable
    record Subject(String kind, String id) {
    }

    @Serdeable
    record Verification(String method, String by, Instant at) {
    }

    @Serdeable
    record Extension(String reason, String by, Instant at, LocalDate dueOn) {
    }

    @Serdeable
    record Closing(String resolution, String by, Instant at) {
    }

    @Serdeable
    record Request(String id, String type, Subject subject, String regime, String requesterEmail,
                   LocalDate receivedOn, LocalDate firstDueOn, LocalDate dueOn, String status,
                   @Nullable Verification verification, @Nullable Extension extension, @Nullable Closing closing,
                   String recordedBy, Instant recordedAt) {
        static Request of(SubjectRequest request) {
            SubjectRequest.State s = request.state();
            return new Request(s.id().toString(), s.type().name(),
                    new Subject(s.subject().kind().name(), s.subject().id().toString()), s.regime().name(),
                    s.requesterEmail().value(), s.receivedOn(), s.firstDueOn(), request.dueOn(),
                    request.status().name(),
                    s.verification().map(v -> new Verification(v.method(), Actors.text(v.by()), v.at())).orElse(null),
                    s.extension().map(e -> new Extension(e.reason(), Actors.text(e.by()), e.at(), e.dueOn()))
                            .orElse(null),
                    s.closing().map(c -> new Closing(c.resolution(), Actors.text(c.by()), c.at())).orElse(null),
                    Actors.text(s.recordedBy()), s.recordedAt());
        }
    }

    @Serdeable
    record Requests(List<Request> items) {
    }

    @Serdeable
    record Kept(String entity, long records, String reason) {
    }

    /** A completed erasure: the request, what was erased per kind of record, and what was kept and why. */
    @Serdeable
    record Erasure(Request request, Map<String, Long> erased, List<Kept> kept) {
        static Erasure of(SubjectRequestsUseCase.Erasure erasure) {
            ErasureResult r = erasure.result();
            return new Erasure(Request.of(erasure.request()), r.erased(),
                    r.kept().stream().map(k -> new Kept(k.entity(), k.records(), k.reason())).toList());
        }
    }

    /** Every record held, per kind ("entity"), each a map of field to value. */
    @Serdeable
    record Export(String scope, Instant generatedAt, Map<String, List<Map<String, Object>>> entities) {
        static Export of(PersonalDataExport export) {
            return new Export(export.scope(), export.generatedAt(), export.entities());
        }
    }

    /** One entry of the erasure log: ids only, to keep with the backups. */
    @Serdeable
    record LoggedErasure(@Nullable String id, @Nullable String organizationId, @Nullable String subjectKind,
                         @Nullable String subjectId, @Nullable String requestId, @Nullable String erasedAt) {
        static LoggedErasure of(ErasureRecord r) {
            return new LoggedErasure(r.id().toString(), r.tenantId().value().toString(), r.subject().kind().name(),
                    r.subject().id().toString(), r.request().map(Object::toString).orElse(null), r.erasedAt().toString());
        }
    }

    @Serdeable
    record ErasureLog(@Nullable List<LoggedErasure> erasures) {
    }

    @Serdeable
    record Reapplied(int erasures) {
    }
}
