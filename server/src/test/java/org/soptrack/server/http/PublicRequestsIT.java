package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.port.in.PublicIntakeUseCase;

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

    @Inject
    PublicIntakeUseCase intake;

    @Test
    void an_operator_answers_a_request_the_reply_is_kept_with_it_audited_and_sent_and_members_cannot() {
        var sent = api.post("/api/v1/public/requests", null, form("message", "Can you show us receiving?"));
        String id = sent.text("id");
        String path = "/api/v1/operator/public-requests/" + id;

        var replied = api.post(path + "/replies", operatorToken(), Map.of("message", "Gladly: Tuesday at 10?"));
        assertThat(replied.status()).as("%s", replied).isEqualTo(201);
        assertThat(replied.text("message")).isEqualTo("Gladly: Tuesday at 10?");
        assertThat(replied.map().get("sentAt")).isNull();

        for (Object bad : new Object[] {" ", "x".repeat(4001)}) {
            var refused = api.post(path + "/replies", operatorToken(), Map.of("message", bad));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("field")).isEqualTo("message");
        }
        var nowhere = api.post("/api/v1/operator/public-requests/" + java.util.UUID.randomUUID() + "/replies",
                operatorToken(), Map.of("message", "Hello"));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        var malformed = api.get("/api/v1/operator/public-requests/not-an-id", operatorToken());
        assertThat(malformed.status()).isBetween(400, 499);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Org org = api.signUp("owner@replies.example");
        assertThat(api.post(path + "/replies", org.token(), Map.of("message", "Hi")).status()).isEqualTo(403);
        assertThat(api.get(path, org.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/operator/platform-audit", org.token()).status()).isEqualTo(403);

        intake.sendNotices();
        var conversation = api.get(path, operatorToken());
        assertThat(conversation.status()).as("%s", conversation).isEqualTo(200);
        assertThat(conversation.map().get("request")).asString().contains("Can you show us receiving?");
        assertThat(conversation.list("replies")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("message", "Gladly: Tuesday at 10?");
            assertThat(r.get("sentAt")).as("sent by the notice run").isNotNull();
        });
        var audit = api.get("/api/v1/operator/platform-audit?limit=200", operatorToken());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.list("items")).filteredOn(e -> id.equals(e.get("subjectId"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("action", "PUBLIC_REQUEST_REPLIED")
                        .containsEntry("operatorId", replied.text("operatorId")));
    }
}
