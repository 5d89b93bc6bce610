package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-SEC-6, shape by shape: JSON is read strictly. Every case below was accepted (and stored, or applied) before the
 * reader became strict; each must now be refused with a 4xx problem and change nothing.
 */
@MicronautTest(transactional = false)
class StrictJsonIT extends HttpTestSupport {

    private Api.Org org;
    private String customer;

    @BeforeEach
    void organization() {
        org = api.signUp("strict-" + System.nanoTime() + "@acme.example");
        customer = SpecialOrderFlowIT.customer(api, org.token());
    }

    private Map<String, Object> order() {
        return new HashMap<>(SpecialOrderFlowIT.order(org, customer, "RO-5"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    private static void refused(Api.Answer answer, int status, String type, String field) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.problem()).as("%s", answer).isEqualTo(type);
        assertThat(answer.text("field")).as("%s", answer).isEqualTo(field);
    }

    private int orders() {
        return api.get("/api/v1/sops", org.token()).list("items").size();
    }

    @Test
    void a_value_of_the_wrong_json_type_is_400_naming_the_field_and_creates_nothing() {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("quantity", with(order(), "quantity", "2"));
        bad.put("unitPrice", with(order(), "unitPrice", 12.5));
        bad.put("description", with(order(), "description", List.of("Oil filter")));
        bad.put("nonReturnable", with(order(), "nonReturnable", "true"));
        bad.put("vehicle.year", with(order(), "vehicle", Map.of("year", "2021", "make", "Toyota", "model", "Camry")));
        bad.put("vehicle.make", with(order(), "vehicle", Map.of("year", 2021, "make", 7, "model", "Camry")));
        bad.forEach((field, body) -> refused(api.post("/api/v1/sops", org.token(), body), 400, "malformed-request",
                field));
        refused(api.post("/api/v1/sops", org.token(), with(order(), "nonReturnable", 1)), 400, "malformed-request",
                "nonReturnable");
        refused(api.post("/api/v1/sops", org.token(), with(order(), "quantity", 2.5)), 400, "malformed-request",
                "quantity");
        refused(api.post("/api/v1/customers", org.token(), Map.of("name", List.of("x"))), 400, "malformed-request",
                "name");
        assertThat(orders()).isZero();
    }

    @Test
    void a_fractional_version_applies_nothing() {
        Map<String, Object> change = new HashMap<>();
        change.put("version", 0.5);
        change.put("details", Map.of("name", "Renamed Toyota", "brand", "Toyota", "city", "Springfield",
                "stateCode", "IL"));
        change.put("settings", TenantIsolationIT.settings());
        refused(api.put("/api/v1/rooftops/" + org.rooftopId(), org.token(), change), 400, "malformed-request",
                "version");
        var rooftop = api.get("/api/v1/rooftops", org.token()).list().get(0);
        assertThat(rooftop.get("version")).isEqualTo(0);
        assertThat(((Map<?, ?>) rooftop.get("details")).get("name")).isEqualTo("Main Street Toyota");

        var created = api.post("/api/v1/sops", org.token(), order());
        Map<String, Object> edit = order();
        edit.remove("rooftopId");
        edit.put("version", 0.9);
        edit.put("description", "Changed");
        refused(api.put("/api/v1/sops/" + created.text("id"), org.token(), edit), 400, "malformed-request", "version");
        assertThat(api.get("/api/v1/sops/" + created.text("id"), org.token()).text("description"))
                .isEqualTo("Oil filter");
    }

    @Test
    void content_after_the_document_or_a_key_twice_is_400() {
        String body = json(order());
        refused(api.post("/api/v1/sops", org.token(), body + " {}"), 400, "malformed-request", null);
        refused(api.post("/api/v1/sops", org.token(), body + " x"), 400, "malformed-request", null);
        refused(api.post("/api/v1/sops", org.token(), body.replaceFirst("\\{", "{\"quantity\": 9, ")), 400,
                "malformed-request", null);
        assertThat(orders()).isZero();
    }

    @Test
    void a_field_the_route_does_not_take_is_400_on_create_and_on_edit() {
        refused(api.post("/api/v1/sops", org.token(), with(order(), "version", 0)), 400, "malformed-request",
                "version");
        var created = api.post("/api/v1/sops", org.token(), order());
        Map<String, Object> edit = with(order(), "version", 0);
        edit.put("description", "Moved to another rooftop");
        refused(api.put("/api/v1/sops/" + created.text("id"), org.token(), edit), 400, "malformed-request",
                "rooftopId");
        assertThat(api.get("/api/v1/sops/" + created.text("id"), org.token()).text("description"))
                .isEqualTo("Oil filter");
    }

    @Test
    void nul_characters_and_unpaired_surrogates_are_422_naming_the_field() {
        Map<String, Object> settings = Map.of("emails", List.of("parts@acme.example"), "routes", Map.of(),
                "accounts", Map.of("EMAIL", Map.of("from", "Parts\u0000Desk <parts@acme.example>")));
        refused(api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), settings), 422,
                "invalid-field", "accounts.EMAIL.from");
        refused(api.post("/api/v1/customers", org.token(), "{\"name\": \"Quokka\\ud800Half\"}"), 422, "invalid-field",
                "name");
        refused(api.post("/api/v1/customers", org.token(), "{\"name\": \"Half\\udc00Quokka\"}"), 422, "invalid-field",
                "name");
        refused(api.post("/api/v1/sops", org.token(), with(order(), "notes", "Shelf\u0000B")), 422, "invalid-field",
                "notes");
        refused(api.post("/api/v1/sops", org.token(), with(order(), "vehicle",
                Map.of("year", 2021, "make", "Toyota", "model", "Cam\uD83Dry"))), 422, "invalid-field", "vehicle.model");
        assertThat(orders()).isZero();
        var paired = api.post("/api/v1/customers", org.token(), Map.of("name", "Quokka \uD83D\uDE97 Driver"));
        assertThat(paired.status()).as("a real surrogate pair is fine: %s", paired).isEqualTo(201);
        assertThat(paired.text("name")).isEqualTo("Quokka \uD83D\uDE97 Driver");
    }

    @Test
    void dates_outside_a_plausible_range_and_a_negative_zero_price_are_422() {
        refused(api.post("/api/v1/sops", org.token(), with(order(), "eta", "0000-01-01")), 422, "invalid-field", "eta");
        refused(api.post("/api/v1/sops", org.token(), with(order(), "orderDate", "+99999-12-31")), 422,
                "invalid-field", "orderDate");
        refused(api.post("/api/v1/sops", org.token(), with(order(), "deposit", Map.of("amount", "50.00",
                "state", "PAID", "paidAt", "0000-01-01T00:00:00Z"))), 422, "invalid-field", "deposit.paidAt");
        refused(api.post("/api/v1/sops", org.token(), with(order(), "unitPrice", "-0")), 422, "invalid-field",
                "unitPrice");
        assertThat(orders()).isZero();
    }

    @Test
    void a_body_without_a_json_content_type_or_in_another_charset_is_415() {
        byte[] body = json(order()).getBytes(StandardCharsets.UTF_8);
        refused(api.raw("POST", "/api/v1/sops", org.token(), body, Map.of()), 415, "unsupported-media-type", null);
        refused(api.raw("POST", "/api/v1/sops", org.token(), body, Map.of("Content-Type", "text/plain")), 415,
                "unsupported-media-type", null);
        refused(api.raw("POST", "/api/v1/sops", org.token(), json(order()).getBytes(StandardCharsets.UTF_16),
                Map.of("Content-Type", "application/json; charset=utf-16")), 415, "unsupported-media-type", null);
        assertThat(orders()).isZero();
        var utf8 = api.raw("POST", "/api/v1/sops", org.token(), body,
                Map.of("Content-Type", "application/json; charset=UTF-8"));
        assertThat(utf8.status()).as("%s", utf8).isEqualTo(201);
    }

    private String json(Object body) {
        try {
            return super.json.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
