package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.ClockPort;

/**
 * Retention over HTTP (R-RET): the published table, an administrator's dry run, the sweep removing an old security
 * log on a fake clock, legal holds that keep another organization's log, and what other organizations and roles get.
 */
@MicronautTest(transactional = false)
class RetentionIT extends IdentityProviderTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    @Inject
    SweepRetentionUseCase sweep;

    private String raw(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.getURI().resolve(path)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        return response.body();
    }

    @Test
    void anyone_reads_the_published_table_as_json_or_markdown() throws Exception {
        var json = api.get("/api/v1/retention/policy", null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.list("rules")).extracting(r -> r.get("category")).containsExactly("SECURITY_LOG",
                "MFA_CODES", "TRUSTED_DEVICES", "INACTIVE_MEMBERS", "DELETED_MEMBERS", "TENANT_DATA", "BILLING_RECORDS", "OPERATOR_AUDIT", "DELIVERY_LOG",
                "PUBLIC_REQUESTS", "PLATFORM_AUDIT", "INCIDENTS");
        assertThat(json.list("rules").get(0)).containsEntry("kept", "180 days").containsEntry("period", "P180D")
                .containsEntry("then", "delete").containsEntry("organizationMayShorten", true);

        String markdown = raw("/api/v1/retention/policy?format=markdown", "*/*");
        assertThat(markdown).startsWith("| data | kept |").contains("| MFA one-time codes | 10 minutes |");
        assertThat(raw("/api/v1/retention/policy", "text/markdown")).isEqualTo(markdown);
        var bad = api.get("/api/v1/retention/policy?format=xml", null);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text("field")).isEqualTo("format");
    }

    private List<Object> actions(Api.Org org, String action) {
        var page = api.get("/api/v1/audit?action=" + action + "&limit=200", org.token());
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.list("items").stream().map(e -> e.get("action")).toList();
    }

    private static long records(Api.Answer report, String category) {
        return report.list("lines").stream().filter(l -> l.get("category").equals(category))
                .mapToLong(l -> ((Number) l.get("records")).longValue()).sum();
    }

    @Test
    void the_sweep_removes_a_half_year_old_security_log_except_where_a_legal_hold_keeps_it() {
        Api.Org free = api.signUp("free@retention.example");
        Api.Org held = api.signUp("held@retention.example");
        api.logIn(free.id(), "free@retention.example");
        api.logIn(held.id(), "held@retention.example");
        var hold = api.post("/api/v1/legal-holds", held.token(), Map.of("subject", Map.of("kind", "ORGANIZATION"),
                "reason", "Litigation hold: case 24-CV-1187"));
        assertThat(hold.status()).as("%s", hold).isEqualTo(201);
        assertThat(hold.map()).containsEntry("inForce", true);

        CLOCK.advance(Duration.ofDays(181));
        Api.Org freeNow = new Api.Org(free.id(), free.rooftopId(), free.ownerId(),
                api.logIn(free.id(), "free@retention.example"));
        Api.Org heldNow = new Api.Org(held.id(), held.rooftopId(), held.ownerId(),
                api.logIn(held.id(), "held@retention.example"));
        var dryRun = api.get("/api/v1/retention/dry-run", freeNow.token());
        assertThat(dryRun.status()).as("%s", dryRun).isEqualTo(200);
        assertThat(dryRun.list("lines")).allSatisfy(l -> assertThat(l.get("organizationId")).isEqualTo(free.id()));
        assertThat(records(dryRun, "SECURITY_LOG")).as("logins and their sessions").isGreaterThanOrEqualTo(2);
        assertThat(actions(freeNow, "LOGIN_SUCCEEDED")).hasSizeGreaterThanOrEqualTo(2);
        int heldLogins = actions(heldNow, "LOGIN_SUCCEEDED").size();

        var report = sweep.sweepAll(false);

        assertThat(report.total()).isGreaterThanOrEqualTo(records(dryRun, "SECURITY_LOG"));
        assertThat(actions(freeNow, "LOGIN_SUCCEEDED")).as("only today's login is left").hasSize(1);
        assertThat(actions(freeNow, "RETENTION_SWEPT")).isNotEmpty();
        assertThat(actions(heldNow, "LOGIN_SUCCEEDED")).as("nothing goes under a hold").hasSize(heldLogins);
        var heldDryRun = api.get("/api/v1/retention/dry-run", heldNow.token());
        assertThat(heldDryRun.list("lines")).allSatisfy(l -> assertThat(l.get("suspended")).isEqualTo(true));

        var released = api.post("/api/v1/legal-holds/" + hold.text("id") + "/release", heldNow.token(), null);
        assertThat(released.status()).as("%s", released).isEqualTo(200);
        assertThat(released.map()).containsEntry("inForce", false);
        sweep.sweepAll(false);
        assertThat(actions(heldNow, "LOGIN_SUCCEEDED")).hasSize(1);
        assertThat(actions(heldNow, "LEGAL_HOLD_PLACED")).hasSize(1);
        assertThat(actions(heldNow, "LEGAL_HOLD_RELEASED")).hasSize(1);
    }

    @Test
    void holds_belong_to_their_organization_and_bad_requests_name_the_field() {
        Api.Org a = api.signUp("a@holds.example");
        Api.Org b = api.signUp("b@holds.example");
        String viewer = api.member(a, "viewer@holds.example", "VIEWER");
        var placed = api.post("/api/v1/legal-holds", a.token(), Map.of("subject", Map.of("kind", "MEMBER",
                "id", a.ownerId()), "reason", "Employment dispute, counsel's request"));
        assertThat(placed.status()).as("%s", placed).isEqualTo(201);
        String path = "/api/v1/legal-holds/" + placed.text("id") + "/release";

        assertThat(api.post(path, b.token(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/legal-holds", b.token()).list("items")).isEmpty();
        assertThat(api.get("/api/v1/legal-holds", a.token()).list("items")).hasSize(1);
        assertThat(api.get("/api/v1/legal-holds", viewer).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/retention/dry-run", viewer).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/legal-holds", b.token(), Map.of("subject", Map.of("kind", "MEMBER",
                "id", a.ownerId()), "reason", "Employment dispute, counsel's request")).status())
                .as("another organization's member").isEqualTo(404);
        assertThat(api.post("/api/v1/legal-holds", a.token(), Map.of("subject", Map.of("kind", "PLANET"),
                "reason", "Employment dispute")).text("field")).isEqualTo("subject.kind");
        assertThat(api.post("/api/v1/legal-holds", a.token(), Map.of("subject", Map.of("kind", "CUSTOMER",
                "id", "nope"), "reason", "Employment dispute")).text("field")).isEqualTo("subject.id");
        assertThat(api.post("/api/v1/legal-holds", a.token(), Map.of("reason", "Employment dispute"))
                .text("field")).isEqualTo("subject");
        var shortReason = api.post("/api/v1/legal-holds", a.token(), Map.of("subject", Map.of("kind",
                "ORGANIZATION"), "reason", "because"));
        assertThat(shortReason.status()).isEqualTo(422);
        assertThat(shortReason.text("field")).isEqualTo("reason");

        assertThat(api.post(path, a.token(), null).status()).isEqualTo(200);
        var again = api.post(path, a.token(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("hold-released");
        assertThat(api.post("/api/v1/legal-holds/not-an-id/release", a.token(), null).status()).isEqualTo(404);
    }

    @Test
    void platform_operators_see_the_dry_run_of_every_organization_and_members_do_not() {
        Api.Org org = api.signUp("ops@holds.example");
        var members = api.get("/api/v1/operator/retention/dry-run", org.token());
        assertThat(members.status()).isEqualTo(403);
        var report = api.get("/api/v1/operator/retention/dry-run",
                idp.token(c -> c.subject("idp|support-7").claim("soptrack_operator", true)));
        assertThat(report.status()).as("%s", report).isEqualTo(200);
        assertThat(report.map()).containsEntry("dryRun", true);
        assertThat(report.list("lines")).anySatisfy(l -> assertThat(l.get("organizationId")).isEqualTo(org.id()));
    }

    @Test
    void a_member_closes_their_account_and_the_sweep_deletes_it_30_days_later() {
        Api.Org org = api.signUp("owner@closing.example");
        String leaver = api.member(org, "leaver@closing.example", "ADVISOR");
        var team = api.get("/api/v1/members", org.token());
        assertThat(team.list("members")).filteredOn(m -> m.get("email").equals("leaver@closing.example"))
                .singleElement().satisfies(m -> assertThat(m.get("lastSignInAt")).isNotNull());

        var wrong = api.post("/api/v1/auth/me/close", leaver, Map.of("currentPassword", "wrong horse battery"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.problem()).isEqualTo("reauthentication-failed");
        var missing = api.post("/api/v1/auth/me/close", leaver, null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("field")).isEqualTo("currentPassword");
        var lastOwner = api.post("/api/v1/auth/me/close", org.token(), Map.of("currentPassword", Api.PASSWORD));
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.problem()).isEqualTo("last-owner");

        var closed = api.post("/api/v1/auth/me/close", leaver, Map.of("currentPassword", Api.PASSWORD));
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(Duration.between(Instant.parse(closed.text("requestedAt")), Instant.parse(closed.text("deletedFrom"))))
                .isEqualTo(Duration.ofDays(30));
        assertThat(api.get("/api/v1/auth/me", leaver).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", null, Map.of("organizationId", org.id(),
                "email", "leaver@closing.example", "password", Api.PASSWORD)).status()).isEqualTo(401);

        CLOCK.advance(Duration.ofDays(31));
        Api.Org later = new Api.Org(org.id(), org.rooftopId(), org.ownerId(), api.logIn(org.id(), "owner@closing.example"));
        assertThat(records(api.get("/api/v1/retention/dry-run", later.token()), "DELETED_MEMBERS")).isEqualTo(1);
        sweep.sweepAll(false);
        assertThat(records(api.get("/api/v1/retention/dry-run", later.token()), "DELETED_MEMBERS")).isZero();
        assertThat(actions(later, "ACCOUNT_DELETION_REQUESTED")).hasSize(1);
        var swept = api.get("/api/v1/audit?action=RETENTION_SWEPT&limit=200", later.token());
        assertThat(swept.list("items")).extracting(e -> (Object) ((Map<?, ?>) e.get("details")).get("category"))
                .contains("DELETED_MEMBERS");
    }

    @Test
    void an_organization_keeps_its_security_log_shorter_and_the_sweep_follows_it() {
        Api.Org org = api.signUp("owner@short-retention.example");
        Api.Org other = api.signUp("owner@published-retention.example");
        var set = api.put("/api/v1/retention/organization", org.token(), Map.of("periods", Map.of("SECURITY_LOG", "P90D")));
        assertThat(set.status()).as("%s", set).isEqualTo(200);
        assertThat(set.list("overridden")).isEqualTo((Object) List.of("SECURITY_LOG"));
        assertThat(set.list("rules")).filteredOn(r -> r.get("category").equals("SECURITY_LOG"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("period", "P90D"));
        assertThat(api.get("/api/v1/retention/organization", other.token()).list("overridden")).isEmpty();

        var longer = api.put("/api/v1/retention/organization", org.token(), Map.of("periods",
                Map.of("SECURITY_LOG", "P2Y")));
        assertThat(longer.status()).isEqualTo(422);
        assertThat(longer.text("field")).isEqualTo("periods.SECURITY_LOG");
        assertThat(api.put("/api/v1/retention/organization", org.token(), Map.of()).text("field")).isEqualTo("periods");
        String advisor = api.member(org, "advisor@short-retention.example", "ADVISOR");
        assertThat(api.get("/api/v1/retention/organization", advisor).status()).isEqualTo(403);

        CLOCK.advance(Duration.ofDays(91));
        Api.Org now = new Api.Org(org.id(), org.rooftopId(), org.ownerId(),
                api.logIn(org.id(), "owner@short-retention.example"));
        Api.Org otherNow = new Api.Org(other.id(), other.rooftopId(), other.ownerId(),
                api.logIn(other.id(), "owner@published-retention.example"));
        int otherLogins = actions(otherNow, "LOGIN_SUCCEEDED").size();
        sweep.sweepAll(false);
        assertThat(actions(now, "LOGIN_SUCCEEDED")).as("only today's login is left").hasSize(1);
        assertThat(actions(otherNow, "LOGIN_SUCCEEDED")).as("180 days for the other").hasSize(otherLogins);
        assertThat(actions(now, "RETENTION_OVERRIDES_CHANGED")).hasSize(1);
    }
}
