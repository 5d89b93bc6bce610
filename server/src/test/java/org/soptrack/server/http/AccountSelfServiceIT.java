package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.service.CorePorts;

/**
 * R-SEC-8 over HTTP: a forgotten password's link, read from the e-mail as the member would, sets a new password once
 * and signs every session out; the request answers alike for any address; a member corrects their own name, password
 * and address, the address once confirmed from the new mailbox.
 */
@MicronautTest(transactional = false)
class AccountSelfServiceIT extends HttpTestSupport {

    private static final String NEW_PASSWORD = "copper kettle under the stairs";

    @Inject
    CorePorts ports;

    /** The newest e-mail of {@code event} to {@code address}, read from the outbox. */
    private OutboxMessage message(Api.Org org, NotificationEvent event, String address) {
        TenantId tenant = TenantId.parse(org.id());
        return ports.transactions().inTenant(tenant, () -> ports.outbox().find(tenant,
                        new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 100)).items()).stream()
                .filter(m -> m.event() == event && m.destination().address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " to " + address));
    }

    /** The link in that e-mail, as the member would click it. */
    private String link(Api.Org org, NotificationEvent event, String address, String prefix) {
        OutboxMessage message = message(org, event, address);
        Matcher m = Pattern.compile("#(" + prefix + "[A-Za-z0-9_-]+)").matcher(message.content().body());
        assertThat(m.find()).as(message.content().body()).isTrue();
        return m.group(1);
    }

    private Api.Answer logIn(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    @Test
    void a_forgotten_password_is_reset_from_the_e_mailed_link_once_and_every_session_ends() {
        String email = "forgot-" + System.nanoTime() + "@self-service.example";
        Api.Org org = api.signUp(email);

        var known = api.post("/api/v1/auth/password/forgot", null, Map.of("email", email));
        var unknown = api.post("/api/v1/auth/password/forgot", null,
                Map.of("email", "nobody-" + System.nanoTime() + "@self-service.example"));
        assertThat(known.status()).as("%s", known).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());

        String token = link(org, NotificationEvent.PASSWORD_RESET, email, "pwr_");
        var weak = api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", "short"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.text("field")).isEqualTo("newPassword");
        var reset = api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", NEW_PASSWORD));
        assertThat(reset.status()).as("%s", reset).isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", org.token()).status()).as("the old session ended").isEqualTo(401);
        assertThat(logIn(email, Api.PASSWORD).status()).isEqualTo(401);
        assertThat(logIn(email, NEW_PASSWORD).status()).isEqualTo(200);
        var again = api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", NEW_PASSWORD));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.problem()).isEqualTo("link-invalid");
    }

    @Test
    void a_member_corrects_their_name_and_changes_their_password_other_sessions_ending() {
        String email = "profile-" + System.nanoTime() + "@self-service.example";
        Api.Org org = api.signUp(email);
        String elsewhere = api.logIn(org.id(), email);

        var me = api.get("/api/v1/auth/me", org.token());
        assertThat(me.map()).containsEntry("email", email).containsEntry("displayName", "Olive Owner")
                .containsEntry("organizationId", org.id()).containsEntry("role", "OWNER")
                .containsEntry("hasPassword", true);
        var blank = api.put("/api/v1/auth/me", org.token(), Map.of("displayName", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.text("field")).isEqualTo("displayName");
        assertThat(api.put("/api/v1/auth/me", org.token(), Map.of("displayName", "Olive Q. Owner"))
                .text("displayName")).isEqualTo("Olive Q. Owner");

        var wrong = api.post("/api/v1/auth/me/password", org.token(), Map.of("currentPassword", "not it at all",
                "newPassword", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.problem()).isEqualTo("reauthentication-failed");
        var changed = api.post("/api/v1/auth/me/password", org.token(), Map.of("currentPassword", Api.PASSWORD,
                "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.map()).containsEntry("otherSessionsEnded", 1);
        assertThat(api.get("/api/v1/auth/me", org.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", elsewhere).status()).isEqualTo(401);
        assertThat(logIn(email, NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_new_address_is_confirmed_from_its_mailbox_and_one_taken_in_the_organization_is_refused() {
        String email = "moving-" + System.nanoTime() + "@self-service.example";
        Api.Org org = api.signUp(email);
        String colleague = "colleague-" + System.nanoTime() + "@self-service.example";
        api.member(org, colleague, "ADVISOR");

        var taken = api.post("/api/v1/auth/me/email", org.token(), Map.of("email", colleague,
                "currentPassword", Api.PASSWORD));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.problem()).isEqualTo("email-taken");
        var noPassword = api.post("/api/v1/auth/me/email", org.token(), Map.of("email", "x@self-service.example"));
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(noPassword.text("field")).isEqualTo("currentPassword");

        String next = "moved-" + System.nanoTime() + "@self-service.example";
        var asked = api.post("/api/v1/auth/me/email", org.token(), Map.of("email", next,
                "currentPassword", Api.PASSWORD));
        assertThat(asked.status()).as("%s", asked).isEqualTo(202);
        assertThat(asked.text("newEmail")).isEqualTo(next);
        assertThat(message(org, NotificationEvent.EMAIL_CHANGE_NOTICE, email).content().body()).contains(next);

        var confirmed = api.post("/api/v1/auth/email/confirm", null,
                Map.of("token", link(org, NotificationEvent.EMAIL_CHANGE_CONFIRMATION, next, "eml_")));
        assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
        assertThat(confirmed.text("email")).isEqualTo(next);
        assertThat(logIn(next, Api.PASSWORD).status()).isEqualTo(200);
        assertThat(logIn(email, Api.PASSWORD).status()).isEqualTo(401);
    }
}
