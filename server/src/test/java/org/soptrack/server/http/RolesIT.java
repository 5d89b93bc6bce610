package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role too weak for an action gets 403 and nothing changes; a removed member's token stops working at once. */
@MicronautTest(transactional = false)
class RolesIT extends HttpTestSupport {

    @Test
    void a_viewer_reads_but_changes_nothing() {
        var org = api.signUp("owner@roles.example");
        String customer = SpecialOrderFlowIT.customer(api, org.token());
        var order = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, "RO-R1"));
        String viewer = api.member(org, "viewer@roles.example", "VIEWER");

        assertThat(api.get("/api/v1/sops/" + order.text("id"), viewer).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/sops", viewer).list("items")).hasSize(1);

        var refused = Map.ofEntries(
                Map.entry("create SOP", api.post("/api/v1/sops", viewer,
                        SpecialOrderFlowIT.order(org, customer, "RO-R2"))),
                Map.entry("move SOP", api.post("/api/v1/sops/" + order.text("id") + "/transitions", viewer,
                        Map.of("version", order.map().get("version"), "to", "ORDERED"))),
                Map.entry("register customer", api.post("/api/v1/customers", viewer, Map.of("name", "Someone"))),
                Map.entry("invite", api.post("/api/v1/invitations", viewer,
                        Map.of("email", "x@roles.example", "role", "OWNER", "rooftops", List.of("*")))),
                Map.entry("create rooftop", api.post("/api/v1/rooftops", viewer,
                        Map.of("name", "Second", "brand", "Lexus", "city", "Peoria", "stateCode", "IL"))),
                Map.entry("read audit", api.get("/api/v1/audit", viewer)),
                Map.entry("read grants", api.get("/api/v1/operator-grants", viewer)));
        refused.forEach((action, answer) -> {
            assertThat(answer.status()).as("%s: %s", action, answer).isEqualTo(403);
            assertThat(answer.problem()).isEqualTo("forbidden");
        });

        assertThat(api.get("/api/v1/sops", org.token()).list("items")).singleElement()
                .satisfies(o -> assertThat(o.get("status")).isEqualTo("REQUESTED"));
        assertThat(api.get("/api/v1/rooftops", org.token()).list()).hasSize(1);
        assertThat(api.get("/api/v1/members", org.token()).list("pendingInvitations")).isEmpty();
    }

    @Test
    void a_removed_member_is_locked_out_while_the_token_is_still_valid() {
        var org = api.signUp("owner@removal.example");
        String parts = api.member(org, "parts@removal.example", "PARTS_MANAGER");
        assertThat(api.get("/api/v1/sops", parts).status()).isEqualTo(200);
        String partsId = api.get("/api/v1/auth/me", parts).text("memberId");

        assertThat(api.delete("/api/v1/members/" + partsId, org.token()).status()).isEqualTo(200);

        var after = api.get("/api/v1/sops", parts);
        assertThat(after.status()).as("%s", after).isIn(401, 403);
        var create = api.post("/api/v1/customers", parts, Map.of("name", "Late Customer"));
        assertThat(create.status()).as("%s", create).isIn(401, 403);
    }

    @Test
    void a_demoted_member_loses_the_old_rights_at_once() {
        var org = api.signUp("owner@demotion.example");
        String admin = api.member(org, "admin@demotion.example", "ADMIN");
        assertThat(api.get("/api/v1/audit", admin).status()).isEqualTo(200);
        var member = api.get("/api/v1/members", org.token()).list("members").stream()
                .filter(m -> m.get("email").equals("admin@demotion.example")).findFirst().orElseThrow();

        var demoted = api.put("/api/v1/members/" + member.get("id") + "/role", org.token(),
                Map.of("version", member.get("version"), "role", "VIEWER", "rooftops", List.of("*")));
        assertThat(demoted.status()).as("%s", demoted).isEqualTo(200);

        assertThat(api.get("/api/v1/audit", admin).status()).isEqualTo(403);
    }
}
