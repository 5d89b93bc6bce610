package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.OperatorActor;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.server.security.Principals;

/**
 * The platform operator's way into one organization (R-TEN-5): with an operator token from the identity provider,
 * open a time-boxed grant with a written reason; the answer carries a token for that organization that lasts as long
 * as the grant. The organization's administrators see the grant and every use of it, and can close it early.
 */
@Tag(name = "Audit and operator access")
@ProblemResponses
@Controller("/api/v1/operator")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class OperatorController {

    private final OpenOperatorAccessUseCase openAccess;
    private final TokenGenerator tokens;
    private final OperatorsOnly operators;

    OperatorController(OpenOperatorAccessUseCase openAccess, TokenGenerator tokens, OperatorsOnly operators) {
        this.operators = operators;
        this.openAccess = openAccess;
        this.tokens = tokens;
    }

    /** {@code {organizationId, reason, scope: READ_ONLY or READ_WRITE, duration: "PT2H"}} → 201 grant and its token. */
    @Post("/grants")
    @Status(HttpStatus.CREATED)
    HttpResponse<Opened> openOperatorGrant(Authentication authentication, @Body OpenRequest request) {
        var command = new OpenOperatorAccessUseCase.Command(operators.require(authentication, "open access grants"),
                Input.required("organizationId", request.organizationId(), TenantId::parse),
                Input.required("reason", request.reason(), r -> r),
                Input.required("scope", request.scope(), GrantScope::valueOf),
                Input.required("duration", request.duration(), OperatorController::duration));
        return Problems.respond(openAccess.open(command), HttpStatus.CREATED, this::opened);
    }

    /** ISO-8601; core refuses a duration that is not positive or longer than its maximum. */
    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("duration", "must be an ISO-8601 duration such as PT2H");
        }
    }

    private Opened opened(OperatorAccessGrant grant) {
        Instant expires = grant.state().expiresAt();
        int seconds = (int) Duration.between(grant.state().openedAt(), expires).toSeconds();
        String token = tokens.generateToken(Principals.authentication(new OperatorActor(grant.operator(),
                        grant.tenantId()), grant.id()), seconds)
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
        return new Opened(grant.id().value().toString(), grant.tenantId().value().toString(), grant.scope().name(),
                grant.state().reason(), expires, token, seconds);
    }

    @Serdeable
    record OpenRequest(String organizationId, String reason, String scope, String duration) {
    }

    /** The grant and a bearer token for its organization, valid until the grant expires (core checks it each call). */
    @Serdeable
    record Opened(String grantId, String organizationId, String scope, String reason, Instant expiresAt,
                  String accessToken, int expiresIn) {
    }
}
