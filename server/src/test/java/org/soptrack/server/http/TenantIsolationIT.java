package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.service.SoptrackCore;

/**
 * Tenant B, fully authorized in its own organization, knocks on every door with tenant A's ids: every answer is the
 * 404 a missing id gets, lists show nothing of A, and A's data is unchanged afterwards.
 */
@MicronautTest(transactional = false)
class TenantIsolationIT extends HttpTestSupport {

    @Inject
    SoptrackCore core;

    @Test
    void tenant_b_cannot_reach_anything_of_tenant_a() {
        var a = api.signUp("owner-a@isolation.example");
        String aCustomer = SpecialOrderFlowIT.customer(api, a.token());
        var aOrder = api.post("/api/v1/sops", a.token(), SpecialOrderFlowIT.order(a, aCustomer, "RO-A1"));
        assertThat(aOrder.status()).isEqualTo(201);
        String aOrderId = aOrder.text("id");
        api.member(a, "advisor-a@isolation.example", "ADVISOR");
        var aInvitation = api.post("/api/v1/invitations", a.token(),
                Map.of("email", "pending-a@isolation.example", "role", "VIEWER", "rooftops", List.of("*")));
        var aTeam = api.get("/api/v1/members", a.token());
        String aAdvisor = aTeam.list("members").stream()
                .filter(m -> m.get("email").equals("advisor-a@isolation.example")).findFirst().orElseThrow()
                .get("id").toString();
        var grant = core.organizations().openOperatorAccess().open(new OpenOperatorAccessUseCase.Command(OperatorId.of(UUID.randomUUID()),
                TenantId.parse(a.id()), "Support ticket 4711: SOP numbers skip", GrantScope.READ_ONLY,
                Duration.ofHours(1))).orElseThrow();
        var aBefore = api.get("/api/v1/sops/" + aOrderId, a.token());

        var b = api.signUp("owner-b@isolation.example");
        String t = b.token();
        String ro = "/api/v1/rooftops/" + a.rooftopId() + "/repair-orders/RO-A1";
        var doors = Map.ofEntries(
                Map.entry("read SOP", api.get("/api/v1/sops/" + aOrderId, t)),
                Map.entry("edit SOP", api.put("/api/v1/sops/" + aOrderId, t,
                        withVersion(SpecialOrderFlowIT.order(a, aCustomer, "RO-A1"), 0))),
                Map.entry("move SOP", api.post("/api/v1/sops/" + aOrderId + "/transitions", t,
                        Map.of("version", 0, "to", "CANCELLED"))),
                Map.entry("keep SOP", api.post("/api/v1/sops/" + aOrderId + "/keep", t,
                        Map.of("version", 0, "reason", "Customer asked"))),
                Map.entry("read customer", api.get("/api/v1/customers/" + aCustomer, t)),
                Map.entry("change rooftop", api.put("/api/v1/rooftops/" + a.rooftopId(), t, Map.of("version", 0,
                        "details", Map.of("name", "Taken", "brand", "Toyota", "city", "X", "stateCode", "IL"),
                        "settings", settings()))),
                Map.entry("read RO", api.get(ro, t)),
                Map.entry("log contact", api.post(ro + "/contact-attempts", t,
                        Map.of("channel", "CALL", "outcome", "REACHED"))),
                Map.entry("change role", api.put("/api/v1/members/" + aAdvisor + "/role", t,
                        Map.of("version", 0, "role", "OWNER", "rooftops", List.of("*")))),
                Map.entry("remove member", api.delete("/api/v1/members/" + aAdvisor, t)),
                Map.entry("revoke invitation", api.delete("/api/v1/invitations/"
                        + ((Map<?, ?>) aInvitation.map().get("invitation")).get("id"), t)),
                Map.entry("close grant", api.post("/api/v1/operator-grants/" + grant.id().value() + "/close", t, null)));
        doors.forEach((door, answer) -> {
            assertThat(answer.status()).as("%s: %s", door, answer).isEqualTo(404);
            assertThat(answer.problem()).as(door).isEqualTo("not-found");
        });

        var create = api.post("/api/v1/sops", t, SpecialOrderFlowIT.order(a, aCustomer, "RO-A2"));
        assertThat(create.status()).as("%s", create).isBetween(400, 499);

        assertThat(api.get("/api/v1/sops?roNumber=RO-A1", t).list("items")).isEmpty();
        assertThat(api.get("/api/v1/sops", t).list("items")).isEmpty();
        assertThat(api.get("/api/v1/sops/counts", t).map().values()).containsOnly(0);
        assertThat(api.get("/api/v1/rooftops", t).list()).extracting(r -> r.get("id")).containsExactly(b.rooftopId());
        assertThat(api.get("/api/v1/members", t).list("members")).extracting(m -> m.get("email"))
                .containsExactly("owner-b@isolation.example");
        assertThat(api.get("/api/v1/operator-grants", t).list()).isEmpty();
        assertThat(api.get("/api/v1/bdc/due", t).list()).isEmpty();
        var aging = api.get("/api/v1/reports/aging", t);
        assertThat(aging.list("overdue")).isEmpty();
        assertThat(aging.list("returnOrBill")).isEmpty();
        var bAudit = api.get("/api/v1/audit?limit=200", t).list("items");
        assertThat(bAudit).isNotEmpty().noneMatch(e -> String.valueOf(e).contains(a.id())
                || String.valueOf(e).contains(aOrderId) || String.valueOf(e).contains(aAdvisor));

        var aAfter = api.get("/api/v1/sops/" + aOrderId, a.token());
        assertThat(aAfter.body()).isEqualTo(aBefore.body());
        assertThat(api.get("/api/v1/members", a.token()).list("members")).extracting(m -> m.get("role"))
                .containsExactlyInAnyOrder("OWNER", "ADVISOR");
        assertThat(api.get("/api/v1/operator-grants", a.token()).list()).singleElement()
                .satisfies(g -> assertThat(g.get("closedAt")).isNull());
        assertThat(api.get("/api/v1/sops", a.token()).list("items")).hasSize(1);
        assertThat(api.get("/api/v1/rooftops", a.token()).list().get(0).get("details").toString()).doesNotContain("Taken");
    }

    static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        body.put("version", version);
        body.remove("rooftopId");
        return body;
    }

    static Map<String, Object> settings() {
        return Map.of("agingThresholdDays", 14, "defaultReturnWindowDays", 30, "vendorReturnWindowDays", Map.of(),
                "deadlineNearWindowDays", 5, "firstContactDelayDays", 3, "recycleEveryDays", 2, "dailyWithinDays", 7,
                "waitForAllParts", true);
    }
}
