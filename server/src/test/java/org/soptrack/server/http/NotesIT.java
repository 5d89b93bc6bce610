package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R-SOP-8 over HTTP: notes on an order and a customer, newest first and attributed; another organization sees none. */
@MicronautTest(transactional = false)
class NotesIT extends HttpTestSupport {

    @Test
    void notes_are_listed_newest_first_with_their_author_and_stay_in_their_organization() {
        Api.Org org = api.signUp("notes-" + System.nanoTime() + "@notes.example");
        String customer = SpecialOrderFlowIT.customer(api, org.token());
        String sop = api.post("/api/v1/sops", org.token(), SpecialOrderFlowIT.order(org, customer, "RO-42"))
                .text("id");

        var first = api.post("/api/v1/sops/" + sop + "/notes", org.token(), Map.of("text", "Vendor ships Tuesday"));
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.map()).containsEntry("by", "Olive Owner").containsEntry("author", "member:" + org.ownerId());
        api.post("/api/v1/sops/" + sop + "/notes", org.token(), Map.of("text", "Customer called, asked for ETA"));
        assertThat(api.get("/api/v1/sops/" + sop + "/notes", org.token()).list("items"))
                .extracting(n -> n.get("text"))
                .containsExactly("Customer called, asked for ETA", "Vendor ships Tuesday");
        assertThat(api.post("/api/v1/customers/" + customer + "/notes", org.token(), Map.of("text", "Prefers texts"))
                .status()).isEqualTo(201);
        assertThat(api.get("/api/v1/customers/" + customer + "/notes", org.token()).list("items")).hasSize(1);

        var blank = api.post("/api/v1/sops/" + sop + "/notes", org.token(), Map.of("text", "  "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.text("field")).isEqualTo("text");
        String viewer = api.member(org, "viewer-" + System.nanoTime() + "@notes.example", "VIEWER");
        assertThat(api.post("/api/v1/sops/" + sop + "/notes", viewer, Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/sops/" + sop + "/notes", viewer).list("items")).hasSize(2);

        Api.Org other = api.signUp("other-" + System.nanoTime() + "@notes.example");
        assertThat(api.get("/api/v1/sops/" + sop + "/notes", other.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/sops/" + sop + "/notes", other.token(), Map.of("text", "x")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + customer + "/notes", other.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/customers/" + customer + "/notes", other.token(), Map.of("text", "x")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/sops/" + sop + "/notes", org.token()).list("items")).hasSize(2);
    }
}
