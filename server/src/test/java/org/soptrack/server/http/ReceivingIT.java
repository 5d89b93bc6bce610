package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-SOP-10 over HTTP: a scanned part number lists what waits for it; receiving is all or nothing; the label. */
@MicronautTest(transactional = false)
class ReceivingIT extends HttpTestSupport {

    private Api.Answer ordered(Api.Org org, String customer, String ro) {
        var created = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, ro));
        return api.post("/api/v1/sops/" + created.text("id") + "/transitions", org.token(),
                Map.of("version", 0, "to", "ORDERED"));
    }

    @Test
    void a_delivery_is_received_into_a_bin_all_or_nothing_and_labelled() {
        Api.Org org = api.signUp("receiving-" + System.nanoTime() + "@receiving.example");
        String customer = SpecialOrderFlowIT.customer(api, org.token());
        var first = ordered(org, customer, "RO-1");
        var second = ordered(org, customer, "RO-2");
        String path = "/api/v1/rooftops/" + org.rooftopId() + "/receiving";

        var waiting = api.get(path + "?partNumber=90915-yzzd1", org.token());
        assertThat(waiting.status()).as("%s", waiting).isEqualTo(200);
        assertThat(waiting.list("items")).extracting(o -> o.get("id")).containsExactly(first.text("id"),
                second.text("id"));

        var stale = api.post(path, org.token(), Map.of("binLocation", "B-12", "orders", List.of(
                Map.of("id", first.text("id"), "version", first.map().get("version")),
                Map.of("id", second.text("id"), "version", 0))));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(path + "?partNumber=90915-YZZD1", org.token()).list("items")).as("nothing received")
                .hasSize(2);

        var received = api.post(path, org.token(), Map.of("binLocation", "B-12", "orders", List.of(
                Map.of("id", first.text("id"), "version", first.map().get("version")),
                Map.of("id", second.text("id"), "version", second.map().get("version")))));
        assertThat(received.status()).as("%s", received).isEqualTo(200);
        assertThat(received.list("items")).allSatisfy(o -> assertThat(o).containsEntry("status", "RECEIVED")
                .containsEntry("binLocation", "B-12"));

        var label = api.get("/api/v1/sops/" + first.text("id") + "/label", org.token());
        assertThat(label.map()).containsEntry("customer", "C. Customer").containsEntry("roNumber", "RO-1")
                .containsEntry("binLocation", "B-12").containsEntry("partNumber", "90915-YZZD1");
        assertThat(label.text("link")).endsWith("/sops/" + first.text("id"));

        var missing = api.get(path, org.token());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text("field")).isEqualTo("partNumber");
        Api.Org other = api.signUp("other-" + System.nanoTime() + "@receiving.example");
        assertThat(api.get(path + "?partNumber=90915-YZZD1", other.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/sops/" + first.text("id") + "/label", other.token()).status()).isEqualTo(404);
    }
}
