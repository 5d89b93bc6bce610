package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets a 4xx with an application/problem+json body naming what was wrong. */
@MicronautTest(transactional = false)
class ErrorsIT extends HttpTestSupport {

    static Map<String, Object> signup(String email) {
        return Api.signupBody(email);
    }

    private static void assertProblem(Api.Answer answer, int status, String type) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problem()).isEqualTo(type);
        assertThat(answer.map().get("status")).isEqualTo(status);
        assertThat(answer.text("detail")).isNotBlank();
    }

    @Test
    void no_token_or_a_forged_one_is_401() {
        assertProblem(api.get("/api/v1/rooftops", null), 401, "unauthenticated");
        assertProblem(api.get("/api/v1/rooftops", "not.a.token"), 401, "unauthenticated");
    }

    @Test
    void unreadable_json_is_400() {
        assertProblem(api.post("/api/v1/signup", null, "{\"organizationName\": "), 400, "malformed-request");
        assertProblem(api.post("/api/v1/signup", null, "[1, 2]"), 400, "malformed-request");
    }

    @Test
    void an_unknown_field_is_400_not_ignored() {
        var body = signup("unknown-field@acme.example");
        body.put("isAdmin", true);
        assertProblem(api.post("/api/v1/signup", null, body), 400, "malformed-request");
    }

    @Test
    void a_wrong_type_is_400() {
        var body = signup("wrong-type@acme.example");
        body.put("rooftop", "Acme Toyota");
        assertProblem(api.post("/api/v1/signup", null, body), 400, "malformed-request");
    }

    @Test
    void an_oversized_body_is_413() {
        var body = signup("big@acme.example");
        body.put("ownerName", "x".repeat(100_000));
        assertProblem(api.post("/api/v1/signup", null, body), 413, "request-too-large");
    }

    @Test
    void a_missing_or_bad_field_is_422_naming_it() {
        var missing = signup("missing@acme.example");
        missing.remove("ownerEmail");
        var answer = api.post("/api/v1/signup", null, missing);
        assertProblem(answer, 422, "invalid-field");
        assertThat(answer.text("field")).isEqualTo("ownerEmail");

        var badCity = signup("bad-city@acme.example");
        badCity.put("rooftop", Map.of("name", "Acme Toyota", "brand", "Toyota", "city", " ", "stateCode", "IL"));
        answer = api.post("/api/v1/signup", null, badCity);
        assertProblem(answer, 422, "invalid-field");
        assertThat(answer.text("field")).isEqualTo("rooftop.city");

        var noPassword = signup("no-password@acme.example");
        noPassword.remove("ownerPassword");
        answer = api.post("/api/v1/signup", null, noPassword);
        assertProblem(answer, 422, "invalid-field");
        assertThat(answer.text("field")).as("without an identity provider a password is required")
                .isEqualTo("ownerPassword");

        var weak = signup("weak@acme.example");
        weak.put("ownerPassword", "short");
        answer = api.post("/api/v1/signup", null, weak);
        assertProblem(answer, 422, "invalid-field");
        assertThat(answer.text("field")).isEqualTo("ownerPassword");
    }

    @Test
    void every_failed_login_gets_the_same_401() {
        var org = api.post("/api/v1/signup", null, signup("login@acme.example")).text("organizationId");
        var wrongPassword = api.post("/api/v1/auth/login", null,
                Map.of("organizationId", org, "email", "login@acme.example", "password", "wrong password here"));
        var unknownUser = api.post("/api/v1/auth/login", null,
                Map.of("organizationId", org, "email", "nobody@acme.example", "password", Api.PASSWORD));
        var unknownOrg = api.post("/api/v1/auth/login", null, Map.of("organizationId", UUID.randomUUID().toString(),
                "email", "login@acme.example", "password", Api.PASSWORD));
        for (var answer : new Api.Answer[] {wrongPassword, unknownUser, unknownOrg}) {
            assertProblem(answer, 401, "login-failed");
            assertThat(answer.body()).isEqualTo(wrongPassword.body());
        }
    }

    @Test
    void unknown_paths_and_ids_that_are_not_ids_are_404() {
        String token = token("paths@acme.example");
        assertProblem(api.get("/api/v1/no-such-thing", token), 404, "not-found");
        assertProblem(api.put("/api/v1/rooftops/not-a-uuid", token, Map.of()), 404, "not-found");
    }

    @Test
    void a_refused_order_writes_nothing_and_uses_no_sop_number() {
        var org = api.signUp("orders@acme.example");
        String customer = SpecialOrderFlowIT.customer(api, org.token());
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("quantity", with(SpecialOrderFlowIT.order(org, customer, "RO-9"), "quantity", 0));
        bad.put("unitPrice", with(SpecialOrderFlowIT.order(org, customer, "RO-9"), "unitPrice", "-1"));
        bad.put("eta", with(SpecialOrderFlowIT.order(org, customer, "RO-9"), "eta", "next tuesday"));
        bad.put("vehicle.vin", with(SpecialOrderFlowIT.order(org, customer, "RO-9"), "vehicle",
                Map.of("year", 2020, "make", "Toyota", "model", "RAV4", "vin", "123")));
        bad.put("deposit.state", with(SpecialOrderFlowIT.order(org, customer, "RO-9"), "deposit",
                Map.of("amount", "50.00", "state", "LOST")));
        bad.put("customerId", with(SpecialOrderFlowIT.order(org, customer, "RO-9"), "customerId",
                UUID.randomUUID().toString()));
        bad.forEach((field, body) -> {
            var answer = api.post("/api/v1/sops", org.token(), body);
            assertProblem(answer, 422, "invalid-field");
            assertThat(answer.text("field")).as("%s", answer).isEqualTo(field);
        });
        assertThat(api.get("/api/v1/sops", org.token()).list("items")).isEmpty();
        var good = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, "RO-9"));
        assertThat(good.map().get("sopNumber")).isEqualTo(1);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    @Test
    void a_wrong_method_is_405() {
        assertProblem(api.delete("/api/v1/signup", null), 405, "method-not-allowed");
    }

    String token(String email) {
        return api.signUp(email).token();
    }
}
