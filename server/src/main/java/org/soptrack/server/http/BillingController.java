package org.soptrack.server.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.notify.webhook.WebhookSignature;
import org.soptrack.server.security.Principals;

/**
 * The subscription (R-TEN-6). The billing provider posts its events to {@code /billing/events}, signed as Standard
 * Webhooks are with the shared secret {@code soptrack.billing.webhook-secret}; members read where their subscription
 * stands and owners read the billing records.
 */
@Tag(name = "Billing")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class BillingController {

    /** How far a signed timestamp may be from our clock: a captured request cannot be replayed later than this. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final BillingUseCase billing;
    private final JsonMapper json;
    private final ClockPort clock;
    private final String secret;

    BillingController(BillingUseCase billing, JsonMapper json, ClockPort clock,
                      @Value("${soptrack.billing.webhook-secret:}") String secret) {
        this.billing = billing;
        this.json = json;
        this.clock = clock;
        this.secret = secret;
    }

    /** Receives a signed event from the billing provider. */
    @Post("/billing/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<BillingJson.Receipt> receiveBillingEvent(@Body String body, @Nullable @Header("webhook-id") String id,
                            @Nullable @Header("webhook-timestamp") String timestamp,
                            @Nullable @Header("webhook-signature") String signature) {
        if (secret.isBlank()) {
            return Problems.refusal(Problem.of("not-found", "Not found", 404,
                    "The billing webhook is off: this deployment has no soptrack.billing.webhook-secret"));
        }
        if (id == null || timestamp == null || signature == null || !fresh(timestamp)
                || !WebhookSignature.verify(secret, id, timestamp, body, signature)) {
            return Problems.refusal(Problem.of("bad-signature", "Unauthorized", 401, "The webhook-id, "
                    + "webhook-timestamp and webhook-signature headers must sign this body with the shared secret, "
                    + "within " + TOLERANCE.toMinutes() + " minutes of now"));
        }
        BillingJson.Notice notice;
        try {
            StrictJson.check(body.getBytes(StandardCharsets.UTF_8), Argument.of(BillingJson.Notice.class));
            notice = json.readValue(body, BillingJson.Notice.class);
        } catch (IOException e) {
            return Problems.refusal(Problem.of("malformed-body", "Bad request", 400, "The body is not the JSON "
                    + "object of a billing event"));
        }
        if (notice == null) {
            return Problems.refusal(Problems.invalid("body", "is required"));
        }
        TenantId tenant = Input.required("organizationId", notice.organizationId(), TenantId::parse);
        Instant occurredAt = Input.required("occurredAt", notice.occurredAt(), Input::instant);
        return Problems.ok(billing.receive(new BillingUseCase.Notice(tenant,
                Input.required("id", notice.id(), text -> text), notice.type(), occurredAt,
                Input.optional("amount", notice.amount(), text -> text),
                Input.optional("currency", notice.currency(), text -> text),
                Input.optional("invoice", notice.invoice(), text -> text),
                Input.optional("billingEmail", notice.billingEmail(), text -> text))), BillingJson.Receipt::of);
    }

    private boolean fresh(String timestamp) {
        try {
            Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
            return Duration.between(signedAt, clock.now()).abs().compareTo(TOLERANCE) <= 0;
        } catch (NumberFormatException | DateTimeException e) {
            return false;
        }
    }

    /** Where the caller's subscription stands: any member (it says why the organization is read-only). */
    @Get("/organization/subscription")
    HttpResponse<BillingJson.Subscription> subscription(Authentication auth) {
        return Problems.ok(billing.subscription(Principals.actor(auth)), BillingJson.Subscription::of);
    }

    /** The billing records, latest first: owners. */
    @Get("/billing/events")
    HttpResponse<BillingJson.Events> billingEvents(Authentication auth) {
        return Problems.ok(billing.billingEvents(Principals.actor(auth)),
                all -> new BillingJson.Events(all.stream().map(BillingJson.Event::of).toList()));
    }
}
