package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.service.CorePorts;

/**
 * R-NOT-2 over HTTP: staff correct a customer with {@code PUT /customers/{id}}; the unsubscribe link of a customer
 * e-mail shows a page and stops e-mail on its button or a mail client's one-click POST; an SMS STOP signed as the
 * provider signs it stops SMS, an unsigned one changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "soptrack.notify.sms-token", value = CustomerContactIT.SMS_TOKEN)
class CustomerContactIT extends HttpTestSupport {

    static final String SMS_TOKEN = "sms-auth-token-for-tests";
    private final HttpClient browser = HttpClient.newHttpClient();

    @Inject
    CorePorts ports;

    private String customer(Api.Org org, String phone) {
        var created = api.post("/api/v1/customers", org.token(), Map.of("name", "Carla Customer", "phone", phone,
                "email", "carla@example.com"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("id");
    }

    private Map<String, Object> preferences(Api.Org org, String customer) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) api.get("/api/v1/customers/" + customer, org.token()).map()
                .get("preferences");
        return p;
    }

    @Test
    void staff_correct_a_customer_at_the_version_they_read() {
        Api.Org org = api.signUp("correct-" + System.nanoTime() + "@contact.example");
        var impossible = api.post("/api/v1/customers", org.token(), Map.of("name", "Carla", "phone", "(555) 123-4567"));
        assertThat(impossible.status()).as("no such area code").isEqualTo(422);
        assertThat(impossible.text("field")).isEqualTo("phone");
        assertThat(api.post("/api/v1/customers", org.token(), Map.of("name", "Carla", "phone", "(217) 555-0100"))
                .text("phone")).isEqualTo("+12175550100");
        String id = customer(org, "+12175550100");
        Map<String, Object> body = Map.of("version", 0, "name", "Carla Q. Customer", "phone", "+12175550188",
                "preferences", Map.of("call", true, "sms", true, "email", false, "optedOut", false));
        var corrected = api.put("/api/v1/customers/" + id, org.token(), body);
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(200);
        assertThat(corrected.map()).containsEntry("name", "Carla Q. Customer").containsEntry("phone", "+12175550188")
                .containsEntry("email", null).containsEntry("version", 1);
        assertThat(api.put("/api/v1/customers/" + id, org.token(), body).problem()).isEqualTo("stale-version");
        var noPreferences = api.put("/api/v1/customers/" + id, org.token(), Map.of("version", 1, "name", "Carla"));
        assertThat(noPreferences.status()).isEqualTo(422);
        assertThat(noPreferences.text("field")).isEqualTo("preferences");
        Api.Org other = api.signUp("other-" + System.nanoTime() + "@contact.example");
        assertThat(api.put("/api/v1/customers/" + id, other.token(), Map.of("version", 1, "name", "Mallory",
                "preferences", Map.of("call", true, "sms", true, "email", true, "optedOut", false))).status())
                .isEqualTo(404);
    }

    @Test
    void numbers_without_a_country_code_are_read_in_the_rooftops_country() {
        Api.Org org = api.signUp("country-" + System.nanoTime() + "@contact.example");
        var london = api.post("/api/v1/rooftops", org.token(), Map.of("name", "Mayfair Lexus", "brand", "Lexus",
                "city", "London", "stateCode", "LND", "country", "GB"));
        assertThat(london.status()).as("%s", london).isEqualTo(201);
        assertThat(((Map<?, ?>) london.map().get("details")).get("country")).isEqualTo("GB");
        var routed = api.put("/api/v1/rooftops/" + london.text("id") + "/notifications", org.token(), Map.of(
                "emails", List.of(), "smsNumbers", List.of("020 7946 0958"), "routes", Map.of()));
        assertThat(routed.status()).as("%s", routed).isEqualTo(200);
        assertThat(routed.map().get("smsNumbers")).isEqualTo(List.of("+442079460958"));
        var home = api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), Map.of(
                "emails", List.of(), "smsNumbers", List.of("(217) 555-0190"), "routes", Map.of()));
        assertThat(home.map().get("smsNumbers")).isEqualTo(List.of("+12175550190"));
        var bad = api.post("/api/v1/rooftops", org.token(), Map.of("name", "Nowhere", "brand", "Lexus",
                "city", "X", "stateCode", "X", "country", "Narnia"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text("field")).isEqualTo("country");
    }

    /** The unsubscribe link of the customer e-mail a back-order sent, as the customer's mail program shows it. */
    private URI unsubscribeLink(Api.Org org, String customer) {
        var routed = api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), Map.of(
                "emails", List.of(), "smsNumbers", List.of(), "routes", Map.of(),
                "customerEvents", List.of("sop.backordered")));
        assertThat(routed.status()).as("%s", routed).isEqualTo(200);
        var order = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, "RO-77"));
        var ordered = api.post("/api/v1/sops/" + order.text("id") + "/transitions", org.token(),
                Map.of("version", 0, "to", "ORDERED"));
        assertThat(api.post("/api/v1/sops/" + order.text("id") + "/transitions", org.token(),
                Map.of("version", ordered.map().get("version"), "to", "BACKORDERED")).status()).isEqualTo(200);
        TenantId tenant = TenantId.parse(org.id());
        OutboxMessage mail = ports.transactions().inTenant(tenant, () -> ports.outbox().find(tenant,
                        new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 100)).items()).stream()
                .filter(m -> m.event() == NotificationEvent.SOP_BACKORDERED
                        && m.destination().address().equals("carla@example.com")).findFirst().orElseThrow();
        URI link = mail.content().unsubscribe().orElseThrow();
        assertThat(mail.content().body()).contains(link.toString());
        return URI.create(server.getURI() + link.getRawPath() + "?" + link.getRawQuery());
    }

    private HttpResponse<String> page(String method, URI uri, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html");
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_unsubscribe_link_shows_a_page_and_its_one_click_post_stops_e_mail() throws Exception {
        Api.Org org = api.signUp("unsubscribe-" + System.nanoTime() + "@contact.example");
        String customer = customer(org, "+12175550101");
        URI link = unsubscribeLink(org, customer);

        HttpResponse<String> shown = page("GET", link, null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(shown.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p)
                .contains("default-src 'none'"));
        assertThat(shown.body()).contains("Stop e-mails from", "c***@example.com", "<form method=\"post\"")
                .doesNotContain("<script");
        assertThat(preferences(org, customer)).as("looking changes nothing").containsEntry("email", true);

        HttpResponse<String> clicked = page("POST", link, "List-Unsubscribe=One-Click");
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(clicked.body()).contains("You are unsubscribed");
        assertThat(preferences(org, customer)).containsEntry("email", false).containsEntry("sms", true);

        URI broken = URI.create(link.toString().substring(0, link.toString().length() - 3));
        assertThat(page("GET", broken, null).statusCode()).isEqualTo(400);
        assertThat(page("POST", broken, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(400);
    }

    /** Twilio's signature, written out from its documentation: HMAC-SHA1 over the URL and the sorted parameters. */
    private static String twilioSignature(String url, Map<String, String> params) throws Exception {
        StringBuilder data = new StringBuilder(url);
        params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> data.append(e.getKey()).append(e.getValue()));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(SMS_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private Api.Answer reply(String from, String text, String signature) {
        String form = "From=" + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&Body="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&MessageSid=SM1";
        return api.raw("POST", "/api/v1/sms/inbound", null, form.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Twilio-Signature", signature));
    }

    @Test
    void an_sms_stop_signed_by_the_provider_stops_sms_and_start_restarts_it() throws Exception {
        Api.Org org = api.signUp("sms-" + System.nanoTime() + "@contact.example");
        String phone = "+1217555" + (1000 + System.nanoTime() % 9000);
        String customer = customer(org, phone);
        String url = "http://localhost:8080/api/v1/sms/inbound";

        Api.Answer forged = reply(phone, "STOP", twilioSignature(url, Map.of("From", phone, "Body", "STOP")));
        assertThat(forged.status()).as("a parameter left out of the signature").isEqualTo(401);
        assertThat(forged.problem()).isEqualTo("bad-signature");
        assertThat(preferences(org, customer)).containsEntry("sms", true);

        Map<String, String> stop = Map.of("From", phone, "Body", "STOP", "MessageSid", "SM1");
        assertThat(reply(phone, "STOP", twilioSignature(url, stop)).status()).isEqualTo(204);
        assertThat(preferences(org, customer)).containsEntry("sms", false).containsEntry("email", true);

        Map<String, String> start = Map.of("From", phone, "Body", "start", "MessageSid", "SM1");
        assertThat(reply(phone, "start", twilioSignature(url, start)).status()).isEqualTo(204);
        assertThat(preferences(org, customer)).containsEntry("sms", true);
    }
}
