package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-PUB-1 over HTTP: the public form without an account, checked field by field, limited per address, and readable
 * by platform operators only.
 */
@MicronautTest(transactional = false)
@Property(name = "soptrack.rate-limit.public-per-minute", value = "12")
class PublicRequestsIT extends IdentityProviderTestSupport {

    private String operatorToken() {
        return idp.token(c -> c.subject("idp|support-9").claim("soptrack_operator", true));
    }

    private static Map<String, Object> form(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "DEMO", "name", "Dana Dealer",
                "dealership", "Dana's Toyota " + field, "email", "dana@dealer.example", "phone", "+12175551230",
                "message", "Three rooftops; please show us soptrack."));
        body.put(field, value);
        return body;
    }

    @Test
    void anyone_sends_a_request_operators_read_it_members_cannot_and_the_form_is_rate_limited() {
        var sent = api.post("/api/v1/public/requests", null, form("kind", "SUPPORT"));
        assertThat(sent.status()).as("%s", sent).isEqualTo(201);
        assertThat(sent.text("id")).isNotBlank();

        for (String field : new String[] {"kind", "name", "email", "phone", "message"}) {
            var bad = api.post("/api/v1/public/requests", null, form(field, field.equals("message") || field.equals("name") ? " " : "??"));
            assertThat(bad.status()).as(field).isEqualTo(422);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.text("field")).isEqualTo(field);
        }
        var missing = api.post("/api/v1/public/requests", null, form("dealership", null));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("field")).isEqualTo("dealership");

        var listed = api.get("/api/v1/operator/public-requests?limit=200", operatorToken());
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        assertThat(listed.list("items")).filteredOn(i -> i.get("id").equals(sent.text("id"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("kind", "SUPPORT").containsEntry("phone", "+12175551230"));
        Api.Org org = api.signUp("owner@public-requests.example");
        assertThat(api.get("/api/v1/operator/public-requests", org.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/operator/public-requests", null).status()).isEqualTo(401);

        int status = 0;
        for (int i = 0; i < 12 && status != 429; i++) {
            status = api.post("/api/v1/public/requests", null, form("name", "Sender " + i)).status();
        }
        assertThat(status).isEqualTo(429);
    }
}
