package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-SOP-9 over HTTP: one box finds customers and orders; bad input is a 422 naming {@code q}; tenants stay apart. */
@MicronautTest(transactional = false)
class SearchIT extends HttpTestSupport {

    @SuppressWarnings("unchecked")
    private static java.util.List<Map<String, Object>> items(Api.Answer answer, String list) {
        return (java.util.List<Map<String, Object>>) ((Map<String, Object>) answer.map().get(list)).get("items");
    }

    private Api.Answer search(String token, String typed) {
        return api.get("/api/v1/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&limit=5", token);
    }

    @Test
    void one_box_finds_customers_and_orders_of_the_callers_organization_only() {
        Api.Org org = api.signUp("search-" + System.nanoTime() + "@search.example");
        var created = api.post("/api/v1/customers", org.token(), Map.of("name", "Renée Łopez-Müller",
                "phone", "+12175550167", "email", "renee@search.example"));
        String customer = created.text("id");
        api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, "RO-7713"));

        var byName = search(org.token(), "muller");
        assertThat(byName.status()).as("%s", byName).isEqualTo(200);
        assertThat(items(byName, "customers")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("id", customer));
        assertThat(items(byName, "orders")).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("roNumber", "RO-7713").containsEntry("customerName", "Renée Łopez-Müller"));
        assertThat(items(search(org.token(), "217.555.0167"), "customers")).hasSize(1);
        assertThat(items(search(org.token(), "ro-7713"), "orders")).hasSize(1);

        var tooShort = search(org.token(), "ab");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text("field")).isEqualTo("q");
        assertThat(api.get("/api/v1/search", org.token()).status()).isEqualTo(422);

        Api.Org other = api.signUp("other-" + System.nanoTime() + "@search.example");
        var theirs = search(other.token(), "muller");
        assertThat(items(theirs, "customers")).isEmpty();
        assertThat(items(theirs, "orders")).isEmpty();
    }
}
