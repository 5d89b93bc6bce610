package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole life of a special order over HTTP: signup, invite, accept, create, move to completed. */
@MicronautTest(transactional = false)
class SpecialOrderFlowIT extends HttpTestSupport {

    @SuppressWarnings("unchecked")
    static Map<String, Object> order(Api.Org org, String customerId, String roNumber) {
        return (Map<String, Object>) RouteTable.resolve(RouteTable.order(roNumber),
                Map.of("rooftop", org.rooftopId(), "customer", customerId));
    }

    static String customer(Api api, String token) {
        var created = api.post("/api/v1/customers", token, Map.of("name", "Carla Customer", "phone", "+12175550100"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("id");
    }

    private Api.Answer move(String token, Api.Answer order, String to) {
        return api.post("/api/v1/sops/" + order.text("id") + "/transitions", token,
                Map.of("version", order.map().get("version"), "to", to));
    }

    @Test
    void an_order_goes_from_requested_to_completed() {
        var org = api.signUp("flow@acme.example");
        String parts = api.member(org, "parts@acme.example", "PARTS_MANAGER");

        var created = api.post("/api/v1/sops", parts, order(org, customer(api, parts), "RO-1001"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("REQUESTED");
        assertThat(created.map().get("sopNumber")).isEqualTo(1);
        assertThat(created.map().get("allowedTransitions")).isEqualTo(List.of("CANCELLED", "ORDERED"));

        var current = created;
        for (String to : List.of("ORDERED", "RECEIVED", "CUSTOMER_NOTIFIED", "SCHEDULED", "COMPLETED")) {
            current = move(parts, current, to);
            assertThat(current.status()).as("%s → %s", to, current).isEqualTo(200);
            assertThat(current.text("status")).isEqualTo(to);
        }
        var read = api.get("/api/v1/sops/" + created.text("id"), org.token());
        assertThat(read.text("status")).isEqualTo("COMPLETED");
        assertThat(read.text("createdAt")).as("times read back as written").isEqualTo(created.text("createdAt"));
        assertThat(read.text("updatedAt")).isEqualTo(current.text("updatedAt"));
        assertThat((List<?>) read.map().get("history")).hasSize(5);
        assertThat(read.text("receivedAt")).isNotNull();

        var counts = api.get("/api/v1/sops/counts", org.token());
        assertThat(counts.map()).containsEntry("COMPLETED", 1).containsEntry("REQUESTED", 0);
        var found = api.get("/api/v1/sops?status=COMPLETED&roNumber=RO-1001", parts);
        assertThat(found.list("items")).extracting(i -> i.get("id")).containsExactly(created.text("id"));
    }

    @Test
    void a_stale_version_is_409_and_changes_nothing() {
        var org = api.signUp("stale@acme.example");
        var created = api.post("/api/v1/sops", org.token(), order(org, customer(api, org.token()), "RO-2001"));
        var ordered = move(org.token(), created, "ORDERED");
        assertThat(ordered.status()).isEqualTo(200);

        var stale = move(org.token(), created, "CANCELLED");
        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        assertThat(stale.problem()).isEqualTo("stale-version");
        assertThat(api.get("/api/v1/sops/" + created.text("id"), org.token()).text("status")).isEqualTo("ORDERED");
    }

    @Test
    void an_illegal_transition_is_409_naming_both_statuses() {
        var org = api.signUp("illegal@acme.example");
        var created = api.post("/api/v1/sops", org.token(), order(org, customer(api, org.token()), "RO-3001"));
        var answer = move(org.token(), created, "COMPLETED");
        assertThat(answer.status()).as("%s", answer).isEqualTo(409);
        assertThat(answer.problem()).isEqualTo("illegal-transition");
        assertThat(answer.text("detail")).contains("REQUESTED").contains("COMPLETED");
    }

    @Test
    void pages_follow_the_cursor_without_gaps_or_repeats() {
        var org = api.signUp("pages@acme.example");
        String customer = customer(api, org.token());
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/sops", org.token(), order(org, customer, "RO-40" + i)).status()).isEqualTo(201);
        }
        var first = api.get("/api/v1/sops?limit=2", org.token());
        var second = api.get("/api/v1/sops?limit=2&after=" + first.text("next"), org.token());
        var third = api.get("/api/v1/sops?limit=2&after=" + second.text("next"), org.token());
        assertThat(third.text("next")).isNull();
        var numbers = new java.util.ArrayList<Object>();
        for (var page : List.of(first, second, third)) {
            page.list("items").forEach(item -> numbers.add(item.get("sopNumber")));
        }
        assertThat(numbers).containsExactly(5, 4, 3, 2, 1);
    }
}
