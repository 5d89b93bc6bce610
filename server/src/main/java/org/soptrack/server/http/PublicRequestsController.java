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
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PublicIntakeUseCase;

/**
 * R-PUB-1: the public demo and support form (no account; limited per address by {@link PublicEndpointRateLimit}),
 * and the operators' list of what arrived.
 */
@Tag(name = "Public requests")
@ProblemResponses
@Controller("/api/v1")
final class PublicRequestsController {

    private final PublicIntakeUseCase intake;
    private final OperatorsOnly operators;

    private final PhoneNumbers phones;

    PublicRequestsController(PublicIntakeUseCase intake, OperatorsOnly operators, PhoneNumbers phones) {
        this.phones = phones;
        this.operators = operators;
        this.intake = intake;
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
