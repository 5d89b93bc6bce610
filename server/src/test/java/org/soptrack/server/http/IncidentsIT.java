package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.service.CorePorts;

/**
 * Breach notices over HTTP: an operator records an incident; the owners of each organization it touched have an
 * e-mail queued and its audit log records it; owners read it and export the people it covers; another organization
 * sees nothing through any of these doors; bad reports are refused naming the field.
 */
@MicronautTest(transactional = false)
class IncidentsIT extends IdentityProviderTestSupport {

    @Inject
    CorePorts ports;

    private String operatorToken() {
        return idp.token(c -> c.subject("idp|security-1").claim("soptrack_operator", true));
    }

    private static Map<String, Object> report(Object... organizations) {
        Map<String, Object> body = new HashMap<>(Map.of("description", "A laptop with a board export was stolen.",
                "foundAt", "2026-11-30T08:00:00Z", "categories", List.of("CUSTOMERS", "MEMBERS")));
        body.put("organizations", List.of(organizations));
        return body;
    }

    private List<OutboxMessage> notices(Api.Org org) {
        TenantId tenant = TenantId.parse(org.id());
        return ports.transactions().inTenant(tenant, () -> ports.outbox().find(tenant, new OutboxQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), 100)).items()).stream()
                .filter(m -> m.event() == NotificationEvent.INCIDENT_NOTICE).toList();
    }

    @Test
    void owners_are_told_read_the_incident_and_export_its_people_and_no_other_organization_sees_any_of_it() {
        Api.Org touched = api.signUp("owner-" + UUID.randomUUID() + "@incident-a.example");
        var customer = api.post("/api/v1/customers", touched.token(), Map.of("name", "Carla Incident",
                "phone", "+12175550199"));
        assertThat(customer.status()).as("%s", customer).isEqualTo(201);
        String advisor = api.member(touched, "advisor-" + UUID.randomUUID() + "@incident-a.example", "ADVISOR");
        Api.Org bystander = api.signUp("owner-" + UUID.randomUUID() + "@incident-b.example");

        var recorded = api.post("/api/v1/operator/incidents", operatorToken(),
                report(Map.of("organizationId", touched.id())));
        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        String id = recorded.text("id");

        assertThat(notices(touched)).singleElement().satisfies(m -> assertThat(m.content().body())
                .contains("A laptop with a board export was stolen.", id));
        assertThat(notices(bystander)).isEmpty();
        assertThat(api.get("/api/v1/audit?action=INCIDENT_RECORDED", touched.token()).list("items")).hasSize(1);
        assertThat(api.get("/api/v1/audit?action=INCIDENT_RECORDED", bystander.token()).list("items")).isEmpty();

        var mine = api.get("/api/v1/incidents", touched.token());
        assertThat(mine.list("items")).singleElement().satisfies(i -> assertThat(i.get("id")).isEqualTo(id));
        var people = api.get("/api/v1/incidents/" + id + "/people", touched.token());
        assertThat(people.status()).as("%s", people).isEqualTo(200);
        assertThat(people.list("items")).extracting(p -> p.get("name"))
                .contains("Carla Incident", "Member ADVISOR");
        var csv = api.get("/api/v1/incidents/" + id + "/people?format=csv", touched.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(String.valueOf(csv.body())).startsWith("category,id,name,email,phone").contains("Carla Incident");
        var xml = api.get("/api/v1/incidents/" + id + "/people?format=xml", touched.token());
        assertThat(xml.status()).isEqualTo(422);
        assertThat(xml.text("field")).isEqualTo("format");
        assertThat(api.get("/api/v1/audit?action=INCIDENT_PEOPLE_EXPORTED", touched.token()).list("items"))
                .as("each export").hasSize(2);
        assertThat(api.get("/api/v1/incidents/" + id + "/people", advisor).status()).isEqualTo(403);

        assertThat(api.get("/api/v1/incidents", bystander.token()).list("items")).isEmpty();
        var foreign = api.get("/api/v1/incidents/" + id + "/people", bystander.token());
        var nothing = api.get("/api/v1/incidents/" + UUID.randomUUID() + "/people", bystander.token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.problem()).isEqualTo(nothing.problem());
        assertThat(String.valueOf(foreign.body())).doesNotContain("Carla");

        var listed = api.get("/api/v1/operator/incidents", operatorToken());
        assertThat(listed.list("items")).anySatisfy(i -> assertThat(i.get("id")).isEqualTo(id));
        assertThat(api.get("/api/v1/operator/incidents", touched.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/operator/incidents", touched.token(),
                report(Map.of("organizationId", touched.id()))).status()).isEqualTo(403);
        var audit = api.get("/api/v1/operator/platform-audit?limit=200", operatorToken());
        assertThat(audit.list("items")).anySatisfy(e -> assertThat(e).containsEntry("subjectId", id)
                .containsEntry("action", "INCIDENT_RECORDED"));
    }

    @Test
    void a_bad_report_is_refused_naming_the_field_and_nothing_is_told() {
        Api.Org org = api.signUp("owner-" + UUID.randomUUID() + "@incident-bad.example");
        Map<String, Map<String, Object>> bad = new HashMap<>();
        Map<String, Object> noFoundAt = report(Map.of("organizationId", org.id()));
        noFoundAt.remove("foundAt");
        bad.put("foundAt", noFoundAt);
        Map<String, Object> wrongCategory = report(Map.of("organizationId", org.id()));
        wrongCategory.put("categories", List.of("VEHICLES"));
        bad.put("categories", wrongCategory);
        Map<String, Object> blank = report(Map.of("organizationId", org.id()));
        blank.put("description", " ");
        bad.put("description", blank);
        bad.put("organizations", report());
        bad.put("organizations[0]", report(Map.of("organizationId", UUID.randomUUID().toString())));
        bad.put("organizations[0].organizationId", report(Map.of("organizationId", "not-an-id")));
        bad.put("organizations[0].rooftopIds", report(Map.of("organizationId", org.id(),
                "rooftopIds", List.of("nope"))));
        bad.forEach((field, body) -> {
            var refused = api.post("/api/v1/operator/incidents", operatorToken(), body);
            assertThat(refused.status()).as(field + ": " + refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("field")).isEqualTo(field);
        });
        assertThat(notices(org)).isEmpty();
        assertThat(api.get("/api/v1/incidents", org.token()).list("items")).isEmpty();
    }
}
