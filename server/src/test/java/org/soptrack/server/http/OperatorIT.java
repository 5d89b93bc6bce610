package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Platform operators over HTTP (R-TEN-5): an operator token from the identity provider opens a time-boxed grant with a
 * reason; the grant's token reaches that organization only, within the grant's scope, until it ends; the
 * organization's administrators see the grant and its every use, and close it.
 */
@MicronautTest(transactional = false)
class OperatorIT extends IdentityProviderTestSupport {

    private String operatorToken() {
        return idp.token(c -> c.subject("idp|support-7").claim("soptrack_operator", true));
    }

    private Api.Answer open(String token, String organizationId, String scope, String duration) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organizationId,
                "reason", "Ticket 4711: dashboard counts look wrong", "scope", scope));
        if (duration != null) {
            body.put("duration", duration);
        }
        return api.post("/api/v1/operator/grants", token, body);
    }

    @Test
    void an_operator_reads_one_organization_through_a_grant_that_its_admins_see_and_close() {
        Api.Org org = api.signUp("owner@operated.example");
        Api.Org other = api.signUp("owner@untouched.example");
        var opened = open(operatorToken(), org.id(), "READ_ONLY", "PT2H");
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(opened.map()).containsEntry("expiresIn", 7200).containsEntry("scope", "READ_ONLY");
        String grantToken = opened.text("accessToken");

        assertThat(api.get("/api/v1/sops/counts?rooftopId=" + org.rooftopId(), grantToken).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/rooftops", grantToken).list()).extracting(r -> r.get("id"))
                .containsExactly(org.rooftopId());
        var write = api.post("/api/v1/rooftops", grantToken, Map.of("name", "Sneaky Lexus", "brand", "Lexus",
                "city", "Peoria", "stateCode", "IL"));
        assertThat(write.status()).isEqualTo(403);
        String othersCustomer = api.post("/api/v1/customers", other.token(), Map.of("name", "Carla Customer",
                "phone", "+12175550100")).text("id");
        assertThat(api.get("/api/v1/customers/" + othersCustomer, other.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + othersCustomer, grantToken).status())
                .as("another organization's customer is not found").isEqualTo(404);
        assertThat(api.get("/api/v1/auth/me", grantToken).status()).as("not a member").isEqualTo(401);

        var grants = api.get("/api/v1/operator-grants", org.token());
        assertThat(grants.list()).singleElement()
                .satisfies(g -> assertThat(g.get("reason")).isEqualTo("Ticket 4711: dashboard counts look wrong"));
        var used = api.get("/api/v1/audit?action=OPERATOR_ACCESS_USED", org.token());
        assertThat(used.list("items")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/v1/audit?action=OPERATOR_ACCESS_USED", other.token()).list("items")).isEmpty();

        var closed = api.post("/api/v1/operator-grants/" + opened.text("grantId") + "/close", org.token(), null);
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(api.get("/api/v1/rooftops", grantToken).status()).isEqualTo(403);
    }

    @Test
    void only_operators_open_grants_and_bad_requests_are_refused() {
        Api.Org org = api.signUp("owner@refusals.example");
        assertThat(open(org.token(), org.id(), "READ_ONLY", "PT1H").status()).as("a member").isEqualTo(403);
        assertThat(open(null, org.id(), "READ_ONLY", "PT1H").status()).isEqualTo(401);
        String operator = operatorToken();
        assertThat(api.get("/api/v1/rooftops", operator).status()).as("no grant, no organization").isEqualTo(401);

        assertThat(open(operator, org.id(), "READ_ONLY", "PT9H").text("field")).isEqualTo("duration");
        assertThat(open(operator, org.id(), "READ_ONLY", "two hours").text("field")).isEqualTo("duration");
        assertThat(open(operator, org.id(), "READ_ONLY", "-PT1H").text("field")).isEqualTo("duration");
        assertThat(open(operator, org.id(), "READ_ONLY", null).text("field")).isEqualTo("duration");
        assertThat(open(operator, org.id(), "EVERYTHING", "PT1H").text("field")).isEqualTo("scope");
        assertThat(open(operator, "not-an-id", "READ_ONLY", "PT1H").text("field")).isEqualTo("organizationId");
        assertThat(open(operator, UUID.randomUUID().toString(), "READ_ONLY", "PT1H").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/operator-grants", org.token()).body().toString())
                .as("nothing was opened").doesNotContain("Ticket 4711");
    }

    @Test
    void a_read_write_grant_may_work_on_orders_but_never_on_the_team() {
        Api.Org org = api.signUp("owner@readwrite.example");
        String grantToken = open(operatorToken(), org.id(), "READ_WRITE", "PT30M").text("accessToken");
        var customer = api.post("/api/v1/customers", grantToken, Map.of("name", "Casey Customer",
                "phone", "+12175550100"));
        assertThat(customer.status()).as("%s", customer).isEqualTo(201);
        assertThat(api.post("/api/v1/invitations", grantToken, Map.of("email", "mole@evil.example",
                "role", "OWNER", "rooftops", List.of("*"))).status()).isEqualTo(403);
    }
}
