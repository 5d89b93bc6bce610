package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SubjectRequestsUseCase.Filter;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.server.security.Principals;

/**
 * Data-subject rights (R-DSR): customers' requests as their dealership's administrators handle them, the
 * whole-organization export, a member's download of their own data, and the operators' erasure log.
 */
@Tag(name = "Privacy")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class PrivacyController {

    private final SubjectRequestsUseCase requests;
    private final OperatorsOnly operators;

    PrivacyController(SubjectRequestsUseCase requests, OperatorsOnly operators) {
        this.operators = operators;
        this.requests = requests;
    }

    /** {@code ?filter=open} (the default), {@code due-soon}, {@code overdue} or {@code all}. */
    @Get("/privacy/requests{?filter}")
    HttpResponse<PrivacyJson.Requests> privacyRequests(Authentication auth, @Nullable @QueryValue String filter) {
        Filter chosen = Input.optional("filter", filter, text -> Filter.valueOf(text.toUpperCase().replace('-', '_')))
                .orElse(Filter.OPEN);
        return Problems.ok(requests.list(Principals.actor(auth), chosen),
                all -> new PrivacyJson.Requests(all.stream().map(PrivacyJson.Request::of).toList()));
    }

    /** Records a data-subject request received from a customer. */
    @Post("/privacy/requests")
    @Status(HttpStatus.CREATED)
    HttpResponse<PrivacyJson.Request> receivePrivacyRequest(Authentication auth, @Body PrivacyJson.Receive body) {
        CustomerId customer = Input.required("customerId", body.customerId(), CustomerId::parse);
        RequestType type = Input.required("type", body.type(), text -> RequestType.valueOf(text.toUpperCase()));
        Regime regime = Input.optional("regime", body.regime(), text -> Regime.valueOf(text.toUpperCase()))
                .orElse(Regime.GDPR);
        Optional<LocalDate> receivedOn = Input.optional("receivedOn", body.receivedOn(), Input::date);
        String requesterEmail = text("requesterEmail", body.requesterEmail());
        return Problems.respond(requests.receive(new SubjectRequestsUseCase.Receive(Principals.actor(auth), customer,
                type, regime, requesterEmail, receivedOn)), HttpStatus.CREATED, PrivacyJson.Request::of);
    }

    /** One data-subject request. */
    @Get("/privacy/requests/{id}")
    HttpResponse<PrivacyJson.Request> getPrivacyRequest(Authentication auth, @PathVariable String id) {
        return Problems.ok(requests.get(Principals.actor(auth), requestId(id)), PrivacyJson.Request::of);
    }

    /** Records how the requester's identity was verified. */
    @Post("/privacy/requests/{id}/verify")
    HttpResponse<PrivacyJson.Request> verifyPrivacyRequest(Authentication auth, @PathVariable String id,
                                                           @Body PrivacyJson.Step body) {
        return Problems.ok(requests.verify(Principals.actor(auth), requestId(id), text("method", body.method())),
                PrivacyJson.Request::of);
    }

    /** Extends a data-subject request's deadline, with the reason. */
    @Post("/privacy/requests/{id}/extend")
    HttpResponse<PrivacyJson.Request> extendPrivacyRequest(Authentication auth, @PathVariable String id,
                                                           @Body PrivacyJson.Step body) {
        return Problems.ok(requests.extend(Principals.actor(auth), requestId(id), text("reason", body.reason())),
                PrivacyJson.Request::of);
    }

    /** Completes a data-subject request with its resolution. */
    @Post("/privacy/requests/{id}/complete")
    HttpResponse<PrivacyJson.Request> completePrivacyRequest(Authentication auth, @PathVariable String id,
                                                             @Body PrivacyJson.Step body) {
        return Problems.ok(requests.complete(Principals.actor(auth), requestId(id),
                text("resolution", body.resolution())), PrivacyJson.Request::of);
    }

    /** Rejects a data-subject request, with the reason. */
    @Post("/privacy/requests/{id}/reject")
    HttpResponse<PrivacyJson.Request> rejectPrivacyRequest(Authentication auth, @PathVariable String id,
                                                           @Body PrivacyJson.Step body) {
        return Problems.ok(requests.reject(Principals.actor(auth), requestId(id), text("reason", body.reason())),
                PrivacyJson.Request::of);
    }

    /** Restricts processing of the subject's data. */
    @Post("/privacy/requests/{id}/restrict")
    HttpResponse<PrivacyJson.Request> restrictProcessing(Authentication auth, @PathVariable String id) {
        return Problems.ok(requests.restrict(Principals.actor(auth), requestId(id)), PrivacyJson.Request::of);
    }

    /** Erases the subject's personal data, keeping what the law requires and saying why. */
    @Post("/privacy/requests/{id}/erase")
    HttpResponse<PrivacyJson.Erasure> erase(Authentication auth, @PathVariable String id) {
        return Problems.ok(requests.erase(Principals.actor(auth), requestId(id)), PrivacyJson.Erasure::of);
    }

    /** The subject's data as JSON, or {@code ?format=csv} for a ZIP of one CSV file per entity. */
    @Get("/privacy/requests/{id}/export{?format}")
    @Produces({MediaType.APPLICATION_JSON, "application/zip", Problems.MEDIA_TYPE})
    @ExportResponse
    HttpResponse<?> export(Authentication auth, @PathVariable String id,
                           @Nullable @QueryValue @ExportFormat String format) {
        ExportFiles.check(format);
        return exported(requests.export(Principals.actor(auth), requestId(id)), format);
    }

    /** Everything the organization holds (administrators). */
    @Get("/privacy/export{?format}")
    @Produces({MediaType.APPLICATION_JSON, "application/zip", Problems.MEDIA_TYPE})
    @ExportResponse
    HttpResponse<?> exportOrganization(Authentication auth, @Nullable @QueryValue @ExportFormat String format) {
        ExportFiles.check(format);
        return exported(requests.exportOrganization(Principals.actor(auth)), format);
    }

    /** The caller's own data; a member with a password gives it again as {@code currentPassword}. */
    @Post("/auth/me/export{?format}")
    @Produces({MediaType.APPLICATION_JSON, "application/zip", Problems.MEDIA_TYPE})
    @ExportResponse
    HttpResponse<?> exportMine(Authentication auth, @Nullable @QueryValue @ExportFormat String format,
                               @Nullable @Body AuthController.PasswordRequest body) {
        ExportFiles.check(format);
        Optional<Password> current = Input.optional("currentPassword", body == null ? null : body.currentPassword(),
                Password::new);
        return exported(requests.exportMine(Principals.member(auth), current), format);
    }

    /** The erasure log of every organization, for operators to keep with the backups. */
    @Get("/operator/erasures")
    HttpResponse<PrivacyJson.ErasureLog> erasureLog(Authentication auth) {
        OperatorId operator = operators.require(auth, "read the erasure log");
        return HttpResponse.ok(new PrivacyJson.ErasureLog(requests.erasureLog(operator).stream()
                .map(PrivacyJson.LoggedErasure::of).toList()));
    }

    /** Applies a saved erasure log again, after a backup was restored; the body is what {@code GET} gave. */
    @Post("/operator/erasures/reapply")
    HttpResponse<PrivacyJson.Reapplied> reapplyErasures(Authentication auth, @Body PrivacyJson.ErasureLog body) {
        OperatorId operator = operators.require(auth, "apply the erasure log");
        if (body.erasures() == null) {
            throw new InvalidValueException("erasures", "is required");
        }
        List<PrivacyJson.LoggedErasure> entries = body.erasures();
        List<ErasureRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            records.add(record("erasures[" + i + "]", entries.get(i)));
        }
        return HttpResponse.ok(new PrivacyJson.Reapplied(requests.reapply(operator, records)));
    }

    private static ErasureRecord record(String field, PrivacyJson.LoggedErasure entry) {
        if (entry == null) {
            throw new InvalidValueException(field, "is required");
        }
        UUID id = Input.required(field + ".id", entry.id(), text -> Ids.parse(field + ".id", text));
        TenantId tenant = Input.required(field + ".organizationId", entry.organizationId(), TenantId::parse);
        DataSubject.Kind kind = Input.required(field + ".subjectKind", entry.subjectKind(), DataSubject.Kind::valueOf);
        UUID subject = Input.required(field + ".subjectId", entry.subjectId(),
                text -> Ids.parse(field + ".subjectId", text));
        Optional<SubjectRequestId> request = Input.optional(field + ".requestId", entry.requestId(),
                SubjectRequestId::parse);
        Instant erasedAt = Input.required(field + ".erasedAt", entry.erasedAt(), Input::instant);
        return new ErasureRecord(id, tenant, new DataSubject(kind, subject), request, erasedAt);
    }

    private static HttpResponse<?> exported(Outcome<PersonalDataExport> outcome, String format) {
        if (!outcome.isOk()) {
            return Problems.problem(Problems.of(outcome));
        }
        return ExportFiles.respond(outcome.orElseThrow(), format);
    }

    private static SubjectRequestId requestId(String id) {
        return Input.pathId(id, SubjectRequestId::parse);
    }

    private static String text(String field, String value) {
        return Input.required(field, value, Function.identity());
    }

    /** A personal-data export: JSON, or with {@code ?format=csv} a ZIP of one CSV file per kind of record. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "Every record held, per kind of record",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PrivacyJson.Export.class)),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))})
    @interface ExportResponse {
    }

    /** The {@code format} of an export: {@code json} (the default) or {@code csv}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
    @interface ExportFormat {
    }
}
