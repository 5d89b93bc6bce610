package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.out.ClockPort;

/**
 * Data-subject requests over HTTP (R-DSR): a customer's request received, refused before verification, exported as
 * JSON and as a ZIP of CSV files, erased with the result said; due-soon and overdue lists on a fake clock; a member's
 * own download; the operators' erasure log applied again; and nothing of it for another organization, other roles or
 * bad input.
 */
@MicronautTest(transactional = false)
class PrivacyIT extends IdentityProviderTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    private String operator() {
        return idp.token(c -> c.subject("idp|privacy-ops").claim("soptrack_operator", true));
    }

    private String customer(Api.Org org, String name) {
        var created = api.post("/api/v1/customers", org.token(), Map.of("name", name, "phone", "+12175550100",
                "email", "carla@example.com"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("id");
    }

    private Api.Answer receive(Api.Org org, String customer, String type) {
        return api.post("/api/v1/privacy/requests", org.token(), Map.of("customerId", customer, "type", type,
                "requesterEmail", "carla@example.com"));
    }

    private String verified(Api.Org org, String customer, String type) {
        var request = receive(org, customer, type);
        assertThat(request.status()).as("%s", request).isEqualTo(201);
        var verified = api.post("/api/v1/privacy/requests/" + request.text("id") + "/verify", org.token(),
                Map.of("method", "Called back on the phone number on file"));
        assertThat(verified.status()).as("%s", verified).isEqualTo(200);
        return request.text("id");
    }

    /** The ZIP at {@code path}: file name to content. */
    private Map<String, String> zip(String method, String path, String token, String body) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/zip, application/problem+json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private List<Object> actions(Api.Org org, String action) {
        var page = api.get("/api/v1/audit?action=" + action + "&limit=200", org.token());
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.list("items").stream().map(e -> e.get("action")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Api.Answer export, String entity) {
        return ((Map<String, List<Map<String, Object>>>) export.map().get("entities")).get(entity);
    }

    @Test
    void a_customer_request_is_verified_before_the_export_and_the_erasure_says_what_it_kept() throws Exception {
        Api.Org org = api.signUp("owner@privacy-flow.example");
        String carla = customer(org, "Carla Customer");
        var access = receive(org, carla, "ACCESS");
        assertThat(access.status()).as("%s", access).isEqualTo(201);
        assertThat(access.map()).containsEntry("status", "OPEN").containsEntry("regime", "GDPR");
        assertThat(access.text("dueOn")).isNotNull();

        var early = api.get("/api/v1/privacy/requests/" + access.text("id") + "/export", org.token());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.problem()).isEqualTo("request-not-verified");

        api.post("/api/v1/privacy/requests/" + access.text("id") + "/verify", org.token(),
                Map.of("method", "Called back on the phone number on file"));
        var export = api.get("/api/v1/privacy/requests/" + access.text("id") + "/export", org.token());
        assertThat(export.status()).as("%s", export).isEqualTo(200);
        assertThat(rows(export, "customers")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("name", "Carla Customer"));
        Map<String, String> files = zip("GET", "/api/v1/privacy/requests/" + access.text("id") + "/export?format=csv",
                org.token(), null);
        assertThat(files).containsKeys("customers.csv", "special_orders.csv", "audit_events.csv");
        assertThat(files.get("customers.csv")).startsWith("organization_id,id,name,").contains("Carla Customer");
        assertThat(api.get("/api/v1/privacy/requests/" + access.text("id"), org.token()).text("status"))
                .isEqualTo("COMPLETED");

        String erasure = verified(org, carla, "ERASURE");
        var erased = api.post("/api/v1/privacy/requests/" + erasure + "/erase", org.token(), null);
        assertThat(erased.status()).as("%s", erased).isEqualTo(200);
        assertThat((Map<String, Object>) erased.map().get("erased")).containsEntry("customers", 1);
        assertThat(erased.list("kept")).extracting(k -> k.get("entity")).contains("audit_events", "subject_requests");
        assertThat(api.get("/api/v1/customers/" + carla, org.token()).text("name")).isEqualTo("Erased customer");
        assertThat(actions(org, "PRIVACY_REQUEST_RECEIVED")).hasSize(2);
        assertThat(actions(org, "PERSONAL_DATA_EXPORTED")).hasSize(2);
        assertThat(actions(org, "PERSONAL_DATA_ERASED")).hasSize(1);

        var organization = api.get("/api/v1/privacy/export", org.token());
        assertThat(organization.status()).isEqualTo(200);
        assertThat(rows(organization, "members")).isNotEmpty();
        assertThat(actions(org, "ORGANIZATION_EXPORTED")).hasSize(1);
    }

    @Test
    void due_soon_and_overdue_requests_are_listed_on_the_clock() {
        Api.Org org = api.signUp("owner@privacy-due.example");
        String id = receive(org, customer(org, "Dora Due"), "RECTIFICATION").text("id");
        assertThat(api.get("/api/v1/privacy/requests?filter=due-soon", org.token()).list("items")).isEmpty();
        CLOCK.advance(Duration.ofDays(24));
        String owner = api.logIn(org.id(), "owner@privacy-due.example");
        assertThat(api.get("/api/v1/privacy/requests?filter=due-soon", owner).list("items"))
                .extracting(r -> r.get("id")).contains(id);
        CLOCK.advance(Duration.ofDays(8));
        Api.Org later = new Api.Org(org.id(), org.rooftopId(), org.ownerId(),
                api.logIn(org.id(), "owner@privacy-due.example"));
        assertThat(api.get("/api/v1/privacy/requests?filter=overdue", later.token()).list("items"))
                .extracting(r -> r.get("id")).containsExactly(id);
        var late = api.post("/api/v1/privacy/requests/" + id + "/extend", later.token(),
                Map.of("reason", "Seven years of orders to collect"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problem()).isEqualTo("request-not-extendable");
        api.post("/api/v1/privacy/requests/" + id + "/verify", later.token(), Map.of("method", "Asked at the desk"));
        var done = api.post("/api/v1/privacy/requests/" + id + "/complete", later.token(),
                Map.of("resolution", "Corrected the phone number"));
        assertThat(done.status()).as("%s", done).isEqualTo(200);
        assertThat(api.get("/api/v1/privacy/requests?filter=overdue", later.token()).list("items")).isEmpty();
        assertThat(api.get("/api/v1/privacy/requests?filter=all", later.token()).list("items")).hasSize(1);
    }

    @Test
    void another_organization_and_other_roles_get_nothing() {
        Api.Org a = api.signUp("owner@privacy-a.example");
        Api.Org b = api.signUp("owner@privacy-b.example");
        String carla = customer(a, "Carla Isolated");
        String id = verified(a, carla, "ACCESS");
        String advisor = api.member(a, "advisor@privacy-a.example", "ADVISOR");

        for (String path : List.of("/api/v1/privacy/requests/" + id, "/api/v1/privacy/requests/" + id + "/export")) {
            assertThat(api.get(path, b.token()).status()).as(path).isEqualTo(404);
            assertThat(api.get(path, advisor).status()).as(path).isEqualTo(403);
        }
        for (String step : List.of("verify", "erase", "restrict", "reject", "complete", "extend")) {
            var answer = api.post("/api/v1/privacy/requests/" + id + "/" + step, b.token(),
                    Map.of("method", "Called back on the number", "reason", "Because of reasons here",
                            "resolution", "Done and dusted"));
            assertThat(answer.status()).as(step).isEqualTo(404);
        }
        assertThat(receive(b, carla, "ERASURE").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/privacy/requests?filter=all", b.token()).list("items")).isEmpty();
        assertThat(api.get("/api/v1/privacy/export", b.token()).toString()).doesNotContain("Carla Isolated");
        assertThat(api.get("/api/v1/privacy/export", advisor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/operator/erasures", a.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/customers/" + carla, a.token()).text("name")).isEqualTo("Carla Isolated");
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field_and_writes_nothing() {
        Api.Org org = api.signUp("owner@privacy-bad.example");
        String carla = customer(org, "Carla Careful");
        Map<String, Map<String, Object>> bad = Map.of(
                "customerId", Map.of("type", "ACCESS", "requesterEmail", "c@example.com"),
                "type", Map.of("customerId", carla, "type", "DELETE_ME", "requesterEmail", "c@example.com"),
                "regime", Map.of("customerId", carla, "type", "ACCESS", "regime", "LGPD",
                        "requesterEmail", "c@example.com"),
                "requesterEmail", Map.of("customerId", carla, "type", "ACCESS", "requesterEmail", "nobody"),
                "receivedOn", Map.of("customerId", carla, "type", "ACCESS", "requesterEmail", "c@example.com",
                        "receivedOn", "yesterday"));
        bad.forEach((field, body) -> {
            var answer = api.post("/api/v1/privacy/requests", org.token(), body);
            assertThat(answer.status()).as("%s: %s", field, answer).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text("field")).isEqualTo(field);
        });
        assertThat(api.post("/api/v1/privacy/requests", org.token(), "{\"customerId\":").status()).isEqualTo(400);
        String id = receive(org, carla, "ACCESS").text("id");
        var format = api.get("/api/v1/privacy/requests/" + id + "/export?format=xml", org.token());
        assertThat(format.status()).isEqualTo(422);
        assertThat(format.text("field")).isEqualTo("format");
        var method = api.post("/api/v1/privacy/requests/" + id + "/verify", org.token(), Map.of());
        assertThat(method.status()).isEqualTo(422);
        assertThat(method.text("field")).isEqualTo("method");
        assertThat(api.get("/api/v1/privacy/requests/not-an-id", org.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/privacy/requests?filter=soon", org.token()).text("field")).isEqualTo("filter");
        assertThat(api.get("/api/v1/privacy/requests?filter=all", org.token()).list("items")).hasSize(1);
    }

    @Test
    void a_member_downloads_their_own_data_with_their_password() throws Exception {
        Api.Org org = api.signUp("owner@privacy-self.example");
        String member = api.member(org, "parts@privacy-self.example", "PARTS_MANAGER");
        var wrong = api.post("/api/v1/auth/me/export", member, Map.of("currentPassword", "not my password at all"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.problem()).isEqualTo("reauthentication-failed");
        var mine = api.post("/api/v1/auth/me/export", member, Map.of("currentPassword", Api.PASSWORD));
        assertThat(mine.status()).as("%s", mine).isEqualTo(200);
        assertThat(rows(mine, "members")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("email", "parts@privacy-self.example"));
        assertThat(rows(mine, "credentials")).singleElement()
                .satisfies(row -> assertThat(row).doesNotContainKey("password_hash"));
        Map<String, String> files = zip("POST", "/api/v1/auth/me/export?format=csv", member,
                "{\"currentPassword\":\"" + Api.PASSWORD + "\"}");
        assertThat(files.get("members.csv")).contains("parts@privacy-self.example");
        assertThat(actions(org, "PERSONAL_DATA_EXPORTED")).hasSize(2);
    }

    @Test
    void operators_keep_the_erasure_log_and_apply_it_again_after_a_restore() {
        Api.Org org = api.signUp("owner@privacy-log.example");
        String carla = customer(org, "Carla Logged");
        String id = verified(org, carla, "ERASURE");
        assertThat(api.post("/api/v1/privacy/requests/" + id + "/erase", org.token(), null).status()).isEqualTo(200);

        var log = api.get("/api/v1/operator/erasures", operator());
        assertThat(log.status()).as("%s", log).isEqualTo(200);
        List<Map<String, Object>> mine = log.list("erasures").stream()
                .filter(e -> org.id().equals(e.get("organizationId"))).toList();
        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("subjectKind", "CUSTOMER").containsEntry("subjectId", carla)
                    .containsEntry("requestId", id);
        });
        var reapplied = api.post("/api/v1/operator/erasures/reapply", operator(), Map.of("erasures", mine));
        assertThat(reapplied.status()).as("%s", reapplied).isEqualTo(200);
        assertThat(reapplied.map()).containsEntry("erasures", 1);
        assertThat(actions(org, "ERASURE_REAPPLIED")).hasSize(1);

        Map<String, Object> broken = new HashMap<>(mine.get(0));
        broken.put("subjectKind", "ORGANIZATION");
        var bad = api.post("/api/v1/operator/erasures/reapply", operator(), Map.of("erasures", List.of(broken)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text("field")).isEqualTo("erasures[0].subjectKind");
        assertThat(api.post("/api/v1/operator/erasures/reapply", org.token(), Map.of("erasures", mine)).status())
                .isEqualTo(403);
    }
}
