package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.notify.StubProvider;

/**
 * Notifications end to end over the real protocols: SMTP to GreenMail, GroupMe, SMS and webhooks to providers on
 * loopback; dead letters and retry through the API; another organization sees and receives none of it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIT extends HttpTestSupport implements TestPropertyProvider {

    private static final String SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0";

    private final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    private final StubProvider groupMe = new StubProvider();
    private final StubProvider sms = new StubProvider();
    private final StubProvider hooks = new StubProvider();

    @Inject
    DispatchNotificationsUseCase dispatcher;

    @Override
    public Map<String, String> getProperties() {
        mail.start();
        Map<String, String> properties = new HashMap<>(providers(mail, sms, "sms-token"));
        properties.put("soptrack.notify.group-me-url", groupMe.url().toString());
        return properties;
    }

    /** Configuration that sends e-mail to {@code mail} over plain SMTP and SMS to the {@code sms} stub. */
    static Map<String, String> providers(GreenMail mail, StubProvider sms, String smsToken) {
        return Map.of("soptrack.notify.smtp-host", "127.0.0.1",
                "soptrack.notify.smtp-port", Integer.toString(mail.getSmtp().getPort()),
                "soptrack.notify.smtp-start-tls", "false",
                "soptrack.notify.sms-url", sms.url().toString(),
                "soptrack.notify.sms-account", "AC1", "soptrack.notify.sms-token", smsToken,
                "soptrack.notify.sms-from", "+15550001111");
    }

    @AfterAll
    void stop() {
        mail.stop();
        groupMe.close();
        sms.close();
        hooks.close();
    }

    private Map<String, Object> settings(Map<String, List<String>> routes) {
        Map<String, Object> body = new HashMap<>();
        body.put("emails", List.of("parts@acme.example", "bdc@acme.example"));
        body.put("groupMeBotId", "bot7");
        body.put("smsNumbers", List.of("+12175557700"));
        body.put("webhook", Map.of("url", hooks.url() + "/hooks", "secret", SECRET));
        body.put("routes", routes);
        return body;
    }

    private void route(Api.Org org, Map<String, List<String>> routes) {
        var saved = api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), settings(routes));
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
    }

    private void order(Api.Org org, String ro) {
        var created = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org,
                SpecialOrderFlowIT.customer(api, org.token()), ro));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }

    private List<Map<String, Object>> deliveries(Api.Org org, String query) {
        var page = api.get("/api/v1/notifications/deliveries" + query, org.token());
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.list("items");
    }

    @Test
    void a_routed_event_reaches_every_channel_over_its_real_protocol() throws Exception {
        Api.Org org = api.signUp("channels@acme.example");
        route(org, Map.of("sop.created", List.of("EMAIL", "GROUPME", "SMS", "WEBHOOK")));
        var shown = api.get("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token());
        assertThat(shown.map().get("webhook")).isEqualTo(Map.of("url", hooks.url() + "/hooks", "secret", "…" + SECRET.substring(SECRET.length() - 4)));
        order(org, "RO-5001");
        dispatcher.dispatchDue(100);

        List<MimeMessage> mails = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subject(m).contains("Special order opened")).toList();
        assertThat(mails).flatExtracting(m -> Arrays.asList(m.getRecipients(Message.RecipientType.TO)))
                .extracting(Object::toString).containsExactlyInAnyOrder("parts@acme.example", "bdc@acme.example");
        assertThat((String) mails.get(0).getContent()).contains("RO-5001", "Customer: Carla Customer");
        assertThat(groupMe.requests()).anySatisfy(r -> {
            assertThat(r.body()).contains("\"bot_id\":\"bot7\"", "RO-5001");
            assertThat(r.body()).doesNotContain("Carla");
        });
        assertThat(sms.requests()).anySatisfy(r -> assertThat(StubProvider.form(r.body()))
                .containsEntry("To", "+12175557700").containsEntry("From", "+15550001111"));
        assertThat(hooks.requests()).anySatisfy(r -> {
            assertThat(r.header("webhook-id")).startsWith("msg_");
            assertThat(r.header("webhook-signature")).startsWith("v1,");
            assertThat(r.body()).contains("\"type\":\"sop.created\"", "\"ro\":\"RO-5001\"").doesNotContain("Carla");
        });
        assertThat(deliveries(org, "?status=DELIVERED")).extracting(d -> d.get("channel"))
                .contains("EMAIL", "GROUPME", "SMS", "WEBHOOK");
    }

    private void backorder(Api.Org org, String customer, String ro) {
        var created = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, ro));
        var ordered = api.post("/api/v1/sops/" + created.text("id") + "/transitions", org.token(),
                Map.of("version", created.map().get("version"), "to", "ORDERED"));
        var backordered = api.post("/api/v1/sops/" + created.text("id") + "/transitions", org.token(),
                Map.of("version", ordered.map().get("version"), "to", "BACKORDERED"));
        assertThat(backordered.status()).as("%s", backordered).isEqualTo(200);
        dispatcher.dispatchDue(100);
    }

    private long textsTo(String number) {
        return sms.requests().stream().filter(r -> number.equals(StubProvider.form(r.body()).get("To"))).count();
    }

    @Test
    void a_customer_who_objected_gets_no_text_until_an_admin_lifts_the_restriction() {
        Api.Org org = api.signUp("objection@acme.example");
        Api.Org other = api.signUp("objection-other@acme.example");
        Map<String, Object> body = settings(Map.of());
        body.put("customerEvents", List.of("sop.backordered"));
        assertThat(api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), body).status())
                .isEqualTo(200);
        String customer = api.post("/api/v1/customers", org.token(), Map.of("name", "Otto Objector",
                "phone", "+12175550199")).text("id");
        String path = "/api/v1/customers/" + customer + "/restriction";
        long before = textsTo("+12175550199");

        assertThat(api.post(path, org.token(), Map.of("ground", "SILENCE")).text("field")).isEqualTo("ground");
        assertThat(api.post(path, other.token(), Map.of("ground", "OBJECTION")).status()).isEqualTo(404);
        var restricted = api.post(path, org.token(), Map.of("ground", "OBJECTION"));
        assertThat(restricted.status()).as("%s", restricted).isEqualTo(200);
        assertThat(restricted.text("restrictedSince")).isNotNull();
        assertThat(api.get("/api/v1/customers/" + customer, org.token()).text("restrictedSince")).isNotNull();
        backorder(org, customer, "RO-8101");
        assertThat(textsTo("+12175550199")).isEqualTo(before);

        var lifted = api.delete(path, org.token());
        assertThat(lifted.status()).as("%s", lifted).isEqualTo(200);
        assertThat(lifted.map()).containsEntry("restrictedSince", null);
        assertThat(api.delete(path, org.token()).problem()).isEqualTo("restriction-unchanged");
        backorder(org, customer, "RO-8102");
        assertThat(textsTo("+12175550199")).isEqualTo(before + 1);
    }

    @Test
    void a_refusing_provider_leaves_a_dead_letter_that_an_admin_sees_and_retries() {
        Api.Org org = api.signUp("dead@acme.example");
        route(org, Map.of("sop.created", List.of("GROUPME")));
        groupMe.answer(404, "{\"meta\":{\"code\":404}}");
        try {
            order(org, "RO-6001");
            dispatcher.dispatchDue(100);
        } finally {
            groupMe.answer(202, "");
        }
        List<Map<String, Object>> dead = deliveries(org, "?status=DEAD");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.get("lastError").toString()).contains("HTTP 404");
            assertThat(d.get("log")).asList().hasSize(1);
        });
        var retried = api.post("/api/v1/notifications/deliveries/" + dead.get(0).get("id") + "/retry", org.token(),
                Map.of());
        assertThat(retried.status()).as("%s", retried).isEqualTo(200);
        assertThat(retried.text("status")).isEqualTo("PENDING");
        dispatcher.dispatchDue(100);
        assertThat(deliveries(org, "?status=DELIVERED")).extracting(d -> d.get("id")).contains(dead.get(0).get("id"));
        var again = api.post("/api/v1/notifications/deliveries/" + dead.get(0).get("id") + "/retry", org.token(),
                Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void another_organization_reads_changes_and_retries_nothing_of_it_and_receives_none_of_its_events() {
        Api.Org acme = api.signUp("owner@acme-notify.example");
        Api.Org other = api.signUp("owner@other-notify.example");
        route(acme, Map.of("sop.created", List.of("GROUPME")));
        order(acme, "RO-7001");
        String acmeMessage = deliveries(acme, "").get(0).get("id").toString();
        assertThat(api.get("/api/v1/rooftops/" + acme.rooftopId() + "/notifications", other.token()).status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/rooftops/" + acme.rooftopId() + "/notifications", other.token(),
                settings(Map.of())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/notifications/deliveries/" + acmeMessage + "/retry", other.token(), Map.of())
                .status()).isEqualTo(404);
        assertThat(deliveries(other, "")).extracting(d -> d.get("event")).containsOnly("account.organization_signup");
        assertThat(api.post("/api/v1/rooftops/" + acme.rooftopId() + "/notifications/test", other.token(),
                Map.of("channel", "GROUPME")).status()).isEqualTo(404);
    }

    @Test
    void bad_settings_are_422_naming_the_field_and_nobody_but_admins_may_touch_them() {
        Api.Org org = api.signUp("bad@acme.example");
        String path = "/api/v1/rooftops/" + org.rooftopId() + "/notifications";
        assertField(api.put(path, org.token(), settings(Map.of("sop.teleported", List.of("EMAIL")))), "routes");
        Map<String, Object> noSms = settings(Map.of("sop.created", List.of("SMS")));
        noSms.put("smsNumbers", List.of());
        assertField(api.put(path, org.token(), noSms), "routes.sop.created");
        Map<String, Object> badMail = settings(Map.of());
        badMail.put("emails", List.of("not-an-address"));
        assertField(api.put(path, org.token(), badMail), "emails");
        assertField(api.post(path + "/test", org.token(), Map.of("channel", "FAX")), "channel");
        String viewer = api.member(org, "viewer@bad.example", "VIEWER");
        assertThat(api.get(path, viewer).status()).isEqualTo(403);
        var test = api.post(path + "/test", org.token(), Map.of("channel", "GROUPME"));
        assertThat(test.status()).as("no GroupMe bot yet").isEqualTo(409);
        route(org, Map.of());
        var sent = api.post(path + "/test", org.token(), Map.of("channel", "GROUPME"));
        assertThat(sent.status()).as("%s", sent).isEqualTo(202);
        assertThat(sent.map().get("messageIds")).asList().hasSize(1);
    }

    private static void assertField(Api.Answer answer, String field) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(422);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.text("field")).isEqualTo(field);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
