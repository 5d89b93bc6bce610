package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PlatformAuditUseCase;
import org.soptrack.core.port.in.PublicIntakeUseCase;

/**
 * R-PUB-1: the public demo and support form (no account; limited per address by {@link PublicEndpointRateLimit}),
 * the operators' list of what arrived, one request with its replies, an operator's reply (e-mailed to the requester),
 * and the platform audit log that records the replies.
 */
@Tag(name = "Public requests")
@ProblemResponses
@Controller("/api/v1")
final class PublicRequestsController {

    private final PublicIntakeUseCase intake;
    private final PlatformAuditUseCase platformAudit;
    private final OperatorsOnly operators;
    private final PhoneNumbers phones;

    PublicRequestsController(PublicIntakeUseCase intake, PlatformAuditUseCase platformAudit, OperatorsOnly operators,
                             PhoneNumbers phones) {
        this.intake = intake;
        this.platformAudit = platformAudit;
        this.operators = operators;
        this.phones = phones;
    }

    /** {@code {kind: DEMO or SUPPORT, name, dealership, email, phone?, message}} → 201 with the request's id. */
    @Post("/public/requests")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    HttpResponse<Received> submitPublicRequest(@Body Submission body) {
        Outcome<PublicRequest> stored = intake.submit(new PublicIntakeUseCase.Submission(body.kind(), body.name(),
                body.dealership(), body.email(), Optional.ofNullable(body.phone()).filter(p -> !p.isBlank())
                        .map(p -> phones.anonymous().read("phone", p).value()), body.message()));
        return Problems.respond(stored, HttpStatus.CREATED, r -> new Received(r.id().toString(), r.receivedAt()));
    }

    /** The newest requests, for platform operators only. */
    @Get("/operator/public-requests")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Listed> publicRequests(Authentication authentication, @Nullable @QueryValue @PageLimit String limit) {
        OperatorId operator = operators.require(authentication, "read public requests");
        return HttpResponse.ok(new Listed(intake.latest(operator, Input.limit(limit, 50)).stream()
                .map(View::of).toList()));
    }

    /** One request with the replies it got, oldest first; 404 once its year is over. */
    @Get("/operator/public-requests/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Conversation> publicRequest(Authentication authentication, String id) {
        OperatorId operator = operators.require(authentication, "read public requests");
        return Problems.respond(intake.find(operator, Input.pathId(id, text -> Ids.parse("id", text))), HttpStatus.OK, Conversation::of);
    }

    /**
     * {@code {message}} → 201: the reply is kept with the request, recorded in the platform audit log, and e-mailed to
     * the requester from the deployment's sender (with the operators' address to answer to) by the next notice run.
     */
    @Post("/operator/public-requests/{id}/replies")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.CREATED)
    HttpResponse<ReplyView> replyToPublicRequest(Authentication authentication, String id, @Body ReplyBody body) {
        OperatorId operator = operators.require(authentication, "answer public requests");
        return Problems.respond(intake.reply(operator, Input.pathId(id, text -> Ids.parse("id", text)), body.message()), HttpStatus.CREATED,
                ReplyView::of);
    }

    /** The platform audit log, newest first: what operators did outside every organization. */
    @Get("/operator/platform-audit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<AuditListed> platformAudit(Authentication authentication,
                                            @Nullable @QueryValue @PageLimit String limit) {
        OperatorId operator = operators.require(authentication, "read the platform audit log");
        return HttpResponse.ok(new AuditListed(platformAudit.latest(operator, Input.limit(limit, 50)).stream()
                .map(AuditView::of).toList()));
    }

    @Serdeable
    record ReplyBody(@Nullable String message) {
    }

    @Serdeable
    record ReplyView(String id, String operatorId, String message, Instant createdAt, @Nullable Instant sentAt) {
        static ReplyView of(PublicRequestReply r) {
            return new ReplyView(r.id().toString(), r.operator().toString(), r.message(), r.createdAt(),
                    r.sentAt().orElse(null));
        }
    }

    @Serdeable
    record Conversation(View request, List<ReplyView> replies) {
        static Conversation of(PublicIntakeUseCase.Conversation c) {
            return new Conversation(View.of(c.request()), c.replies().stream().map(ReplyView::of).toList());
        }
    }

    @Serdeable
    record AuditView(String id, Instant at, String operatorId, String action, String subjectId, String summary) {
        static AuditView of(PlatformAuditEntry e) {
            return new AuditView(e.id().toString(), e.at(), e.operator().toString(), e.action().name(),
                    e.subject().toString(), e.summary());
        }
    }

    @Serdeable
    record AuditListed(List<AuditView> items) {
    }

    @Serdeable
    record Submission(@Nullable String kind, @Nullable String name, @Nullable String dealership,
                      @Nullable String email, @Nullable String phone, @Nullable String message) {
    }

    @Serdeable
    record Received(String id, Instant receivedAt) {
    }

    @Serdeable
    record View(String id, String kind, String name, String dealership, String email, @Nullable String phone,
                String message, Instant receivedAt) {
        static View of(PublicRequest r) {
            return new View(r.id().toString(), r.kind().name(), r.name(), r.dealership(), r.email().value(),
                    r.phone().map(PhoneNumber::value).orElse(null), r.message(), r.receivedAt());
        }
    }

    @Serdeable
    record Listed(List<View> items) {
    }
}
