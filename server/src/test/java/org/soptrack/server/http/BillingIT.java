package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.notify.webhook.WebhookSignature;

/**
 * The subscription lifecycle over HTTP (R-TEN-6): the billing provider's signed webhook, a cancelled organization
 * read-only for its grace period, reactivation inside it, the purge after it, and the webhook refusing anything not
 * signed with the shared secret or not well-formed, writing nothing.
 */
@MicronautTest(transactional = false)
class BillingIT extends HttpTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    @Inject
    SweepRetentionUseCase sweep;

    @Inject
    CorePorts ports;

    @Value("${soptrack.billing.webhook-secret}")
    String secret;

    private Api.Answer webhook(String body, String secret, Instant signedAt) {
        String id = "msg_" + UUID.randomUUID();
        String timestamp = Long.toString(signedAt.getEpochSecond());
        return api.send("POST", "/api/v1/billing/events", null, body, Map.of("webhook-id", id,
                "webhook-timestamp", timestamp, "webhook-signature", WebhookSignature.sign(secret, id, timestamp, body)));
    }

    private Api.Answer event(Api.Org org, String eventId, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type);
        body.put("organizationId", org.id());
        body.put("occurredAt", CLOCK.now().toString());
        body.put("amount", "149.00");
        body.put("currency", "USD");
        body.put("invoice", "INV-" + eventId);
        body.put("billingEmail", "accounts@dealer.example");
        return webhook(json(body), secret, CLOCK.now());
    }

    private String json(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api.Answer newOrder(Api.Org org) {
        return api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org,
                SpecialOrderFlowIT.customer(api, org.token()), "RO-" + UUID.randomUUID().toString().substring(0, 6)));
    }

    @Test
    void a_cancelled_organization_is_read_only_until_reactivated_inside_its_grace_period() {
        Api.Org org = api.signUp("owner@cancelled.example");
        Api.Org other = api.signUp("owner@other-billing.example");
        assertThat(newOrder(org).status()).isEqualTo(201);

        var cancelled = event(org, "evt_cancel_" + org.id(), "subscription.cancelled");
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.map()).containsEntry("applied", true).containsEntry("subscription", "CANCELLED")
                .containsEntry("subscriptionBefore", "TRIAL").containsEntry("duplicate", false);
        var resent = event(org, "evt_cancel_" + org.id(), "subscription.cancelled");
        assertThat(resent.map()).containsEntry("duplicate", true).containsEntry("eventId", cancelled.text("eventId"));

        var subscription = api.get("/api/v1/organization/subscription", org.token());
        assertThat(subscription.map()).containsEntry("state", "CANCELLED").containsEntry("readOnly", true)
                .containsEntry("graceEndsAt", CLOCK.now().plus(Duration.ofDays(90)).toString());
        var refused = api.post("/api/v1/customers", org.token(), Map.of("name", "Carla Customer"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).endsWith("organization-read-only");
        assertThat(api.get("/api/v1/sops?limit=10", org.token()).list("items")).as("reading goes on").hasSize(1);
        assertThat(api.get("/api/v1/billing/events", org.token()).list("items")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("type", "subscription.cancelled")
                        .containsEntry("amount", "149.00").containsEntry("billingEmail", "accounts@dealer.example"));
        assertThat(api.get("/api/v1/billing/events", other.token()).list("items")).as("another organization")
                .isEmpty();
        assertThat(newOrder(other).status()).as("another organization stays writable").isEqualTo(201);

        CLOCK.advance(Duration.ofDays(89));
        sweep.sweepAll(false);
        assertThat(event(org, "evt_back_" + org.id(), "subscription.activated").map())
                .containsEntry("subscription", "ACTIVE");
        Api.Org back = new Api.Org(org.id(), org.rooftopId(), org.ownerId(),
                api.logIn(org.id(), "owner@cancelled.example"));
        assertThat(newOrder(back).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/sops?limit=10", back.token()).list("items")).as("nothing lost").hasSize(2);
    }

    @Test
    void after_the_grace_period_the_data_is_purged_every_account_with_it_and_billing_records_stay() {
        Api.Org org = api.signUp("owner@purged.example");
        newOrder(org);
        newOrder(org);
        assertThat(event(org, "evt_end_" + org.id(), "subscription.cancelled").status()).isEqualTo(200);

        CLOCK.advance(Duration.ofDays(91));
        SweepRetentionUseCase.Report report = sweep.sweepAll(false);

        TenantId tenant = TenantId.parse(org.id());
        assertThat(report.lines()).filteredOn(l -> l.tenant().equals(tenant))
                .filteredOn(l -> l.category() == RetentionCategory.TENANT_DATA).singleElement()
                .satisfies(l -> assertThat(l.why()).startsWith("purged"));
        var login = api.post("/api/v1/auth/login", null, Map.of("organizationId", org.id(),
                "email", "owner@purged.example", "password", Api.PASSWORD));
        assertThat(login.status()).as("the owner's account is anonymized too").isEqualTo(401);
        Organization purged = ports.transactions().inTenant(tenant, () -> ports.organizations().find(tenant))
                .orElseThrow();
        assertThat(purged.purge().orElseThrow().counts()).containsEntry("specialOrders", 2L)
                .containsEntry("customers", 2L).containsEntry("rooftops", 1L).containsEntry("memberAccounts", 1L);
        assertThat(ports.transactions().inTenant(tenant, () -> ports.billing().findAll(tenant)))
                .as("billing records stay").hasSize(1);
    }

    @Test
    void the_webhook_refuses_unsigned_stale_or_malformed_events_and_writes_nothing() {
        Api.Org org = api.signUp("owner@strict-billing.example");
        String body = json(Map.of("id", "evt_x", "type", "subscription.cancelled", "organizationId", org.id(),
                "occurredAt", CLOCK.now().toString()));

        assertThat(webhook(body, "whsec_d3Jvbmcgc2VjcmV0", CLOCK.now()).status()).isEqualTo(401);
        assertThat(webhook(body, secret, CLOCK.now().minus(Duration.ofMinutes(6))).status()).isEqualTo(401);
        var unsigned = api.send("POST", "/api/v1/billing/events", null, body, Map.of());
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.contentType()).startsWith("application/problem+json");
        assertThat(webhook("{\"id\": ", secret, CLOCK.now()).status()).isEqualTo(400);
        for (var bad : List.of(
                Map.of("field", "type", "body", Map.of("id", "evt_1", "type", "subscription.paused",
                        "organizationId", org.id(), "occurredAt", CLOCK.now().toString())),
                Map.of("field", "organizationId", "body", Map.of("id", "evt_2", "type", "invoice.paid",
                        "organizationId", "acme", "occurredAt", CLOCK.now().toString())),
                Map.of("field", "occurredAt", "body", Map.of("id", "evt_3", "type", "invoice.paid",
                        "organizationId", org.id(), "occurredAt", "yesterday")),
                Map.of("field", "currency", "body", Map.of("id", "evt_4", "type", "invoice.paid",
                        "organizationId", org.id(), "occurredAt", CLOCK.now().toString(), "amount", "10.00")))) {
            var answer = webhook(json(bad.get("body")), secret, CLOCK.now());
            assertThat(answer.status()).as("%s", answer).isEqualTo(422);
            assertThat(answer.text("field")).isEqualTo(bad.get("field"));
        }
        var unknown = webhook(json(Map.of("id", "evt_5", "type", "invoice.paid", "organizationId",
                UUID.randomUUID().toString(), "occurredAt", CLOCK.now().toString())), secret, CLOCK.now());
        assertThat(unknown.status()).isEqualTo(404);

        assertThat(api.get("/api/v1/billing/events", org.token()).list("items")).isEmpty();
        assertThat(api.get("/api/v1/organization/subscription", org.token()).map()).containsEntry("state", "TRIAL");
    }
}
