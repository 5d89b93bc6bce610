package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
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
import java.util.Optional;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.RetentionOverridesUseCase;
import org.soptrack.core.port.in.RetentionTableUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.server.security.Principals;

/**
 * Retention (R-RET): the published table (public, JSON or Markdown), dry runs for an organization's administrators
 * and for platform operators across organizations, and legal holds.
 */
@Tag(name = "Retention and legal holds")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RetentionController {

    static final MediaType MARKDOWN = MediaType.of("text/markdown");

    private final RetentionTableUseCase table;
    private final SweepRetentionUseCase sweep;
    private final LegalHoldsUseCase holds;
    private final RetentionOverridesUseCase overrides;
    private final OperatorsOnly operators;

    RetentionController(RetentionTableUseCase table, SweepRetentionUseCase sweep, LegalHoldsUseCase holds,
                        RetentionOverridesUseCase overrides, OperatorsOnly operators) {
        this.operators = operators;
        this.table = table;
        this.sweep = sweep;
        this.holds = holds;
        this.overrides = overrides;
    }

    /** The periods the caller's organization lives under, and which are its own (administrators). */
    @Get("/retention/organization")
    HttpResponse<RetentionJson.Effective> organizationRetention(Authentication auth) {
        return Problems.ok(overrides.effective(Principals.actor(auth)), RetentionJson.Effective::of);
    }

    /** {@code {periods: {SECURITY_LOG: "P90D", …}}}: replaces the organization's own periods; {@code {}} resets them. */
    @Put("/retention/organization")
    HttpResponse<RetentionJson.Effective> replaceOrganizationRetention(Authentication auth,
                                                                       @Body RetentionJson.Overrides body) {
        if (body.periods() == null) {
            throw new InvalidValueException("periods", "is required");
        }
        return Problems.ok(overrides.replace(Principals.actor(auth), body.periods()), RetentionJson.Effective::of);
    }

    /** The table a privacy policy publishes: Markdown with {@code ?format=markdown} or {@code Accept: text/markdown}. */
    @Get("/retention/policy{?format}")
    @Produces({MediaType.APPLICATION_JSON, "text/markdown", Problems.MEDIA_TYPE})
    @ApiResponse(responseCode = "200", description = "The published retention table",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RetentionJson.Policy.class)),
                @Content(mediaType = "text/markdown", schema = @Schema(type = "string"))})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> policy(HttpRequest<?> request, @Nullable @QueryValue
                           @Parameter(schema = @Schema(allowableValues = {"json", "markdown"})) String format) {
        if (format != null && !format.equals("markdown") && !format.equals("json")) {
            return Problems.problem(Problems.invalid("format", "must be json or markdown"));
        }
        if ("markdown".equals(format) || format == null && request.accept().contains(MARKDOWN)) {
            return HttpResponse.ok(table.markdown()).contentType(MARKDOWN);
        }
        return HttpResponse.ok(new RetentionJson.Policy(table.rules().stream().map(RetentionJson.Rule::of).toList()));
    }

    /** What the sweep would remove from the caller's organization now (administrators). */
    @Get("/retention/dry-run")
    HttpResponse<RetentionJson.Report> retentionDryRun(Authentication auth) {
        return Problems.ok(sweep.dryRun(Principals.actor(auth)), RetentionJson.Report::of);
    }

    /** The same across every organization: counts only, for platform operators. */
    @Get("/operator/retention/dry-run")
    HttpResponse<RetentionJson.Report> platformRetentionDryRun(Authentication auth) {
        operators.require(auth, "run the platform-wide dry run");
        return HttpResponse.ok(RetentionJson.Report.of(sweep.sweepAll(true)));
    }

    /** The organization's legal holds. */
    @Get("/legal-holds")
    HttpResponse<RetentionJson.Holds> legalHolds(Authentication auth) {
        return Problems.ok(holds.list(Principals.actor(auth)),
                all -> new RetentionJson.Holds(all.stream().map(RetentionJson.Hold::of).toList()));
    }

    /** Places a legal hold: what it covers is kept past its retention period. */
    @Post("/legal-holds")
    @Status(HttpStatus.CREATED)
    HttpResponse<RetentionJson.Hold> placeLegalHold(Authentication auth, @Body RetentionJson.PlaceHold body) {
        RetentionJson.Subject subject = body.subject();
        if (subject == null) {
            throw new InvalidValueException("subject", "is required");
        }
        HoldSubject.Kind kind = Input.required("subject.kind", subject.kind(), HoldSubject.Kind::valueOf);
        HoldSubject holdSubject = kind == HoldSubject.Kind.ORGANIZATION ? HoldSubject.organization()
                : new HoldSubject(kind, Optional.of(Input.required("subject.id", subject.id(),
                        text -> Ids.parse("subject.id", text))));
        return Problems.respond(holds.place(new LegalHoldsUseCase.Place(Principals.actor(auth), holdSubject,
                body.reason())), HttpStatus.CREATED, RetentionJson.Hold::of);
    }

    /** Releases a legal hold. */
    @Post("/legal-holds/{id}/release")
    HttpResponse<RetentionJson.Hold> releaseLegalHold(Authentication auth, @PathVariable String id) {
        return Problems.ok(holds.release(Principals.actor(auth), Input.pathId(id, LegalHoldId::parse)),
                RetentionJson.Hold::of);
    }
}
