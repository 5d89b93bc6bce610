package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refresh tokens, logout and revocation over HTTP (R-SEC-4a). */
@MicronautTest(transactional = false)
class SessionsIT extends HttpTestSupport {

    private Api.Answer logIn(Api.Org org, String email) {
        return api.post("/api/v1/auth/login", null, Map.of("organizationId", org.id(), "email", email,
                "password", Api.PASSWORD));
    }

    @Test
    void login_gives_a_refresh_token_that_rotates_and_a_spent_one_ends_the_session() {
        Api.Org org = api.signUp("rotate@sessions.example");
        var login = logIn(org, "rotate@sessions.example");
        assertThat(login.text("refreshToken")).startsWith("rt_");
        assertThat(login.map()).containsEntry("deviceToken", null);

        var renewed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", login.text("refreshToken")));
        assertThat(renewed.status()).as("%s", renewed).isEqualTo(200);
        assertThat(renewed.text("refreshToken")).isNotEqualTo(login.text("refreshToken"));
        assertThat(api.get("/api/v1/auth/me", renewed.text("accessToken")).status()).isEqualTo(200);

        var reused = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", login.text("refreshToken")));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.text("type")).isEqualTo("urn:soptrack:problem:session-ended");
        var after = api.get("/api/v1/rooftops", renewed.text("accessToken"));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.text("type")).isEqualTo("urn:soptrack:problem:signed-out");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", renewed.text("refreshToken")))
                .status()).isEqualTo(401);
    }

    @Test
    void logout_ends_the_access_token_at_once_and_leaves_other_sessions_alone() {
        Api.Org org = api.signUp("logout@sessions.example");
        var laptop = logIn(org, "logout@sessions.example");
        var phone = logIn(org, "logout@sessions.example");

        var out = api.post("/api/v1/auth/logout", laptop.text("accessToken"), null);
        assertThat(out.status()).as("%s", out).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", laptop.text("accessToken")).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", laptop.text("refreshToken")))
                .status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", phone.text("accessToken")).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/auth/logout", phone.text("accessToken"), Map.of("everywhere", true)).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", phone.text("accessToken")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", org.token()).status()).as("the signup login too").isEqualTo(401);
    }

    @Test
    void a_removed_member_is_signed_out_everywhere_at_once() {
        Api.Org org = api.signUp("remove@sessions.example");
        String staffToken = api.member(org, "staff@sessions.example", "ADVISOR");
        var staffLogin = logIn(org, "staff@sessions.example");
        String staffId = api.get("/api/v1/auth/me", staffToken).text("memberId");

        assertThat(api.delete("/api/v1/members/" + staffId, org.token()).status()).isEqualTo(200);

        var refused = api.get("/api/v1/rooftops", staffToken);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", staffLogin.text("refreshToken")))
                .status()).isEqualTo(401);
        assertThat(logIn(org, "staff@sessions.example").status()).isEqualTo(401);
    }

    @Test
    void a_role_change_shows_in_me_at_once_and_in_the_next_refreshed_token() {
        Api.Org org = api.signUp("role@sessions.example");
        api.member(org, "advisor@sessions.example", "ADVISOR");
        var login = logIn(org, "advisor@sessions.example");
        String id = login.map().get("member") instanceof Map<?, ?> m ? String.valueOf(m.get("memberId")) : null;
        var team = api.get("/api/v1/members", org.token());
        Object version = team.list("members").stream().filter(m -> id.equals(m.get("id"))).findFirst().orElseThrow()
                .get("version");
        assertThat(api.put("/api/v1/members/" + id + "/role", org.token(), Map.of("role", "VIEWER",
                "rooftops", List.of("*"), "version", version)).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/auth/me", login.text("accessToken")).text("role")).isEqualTo("VIEWER");
        var renewed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", login.text("refreshToken")));
        assertThat(((Map<?, ?>) renewed.map().get("member")).get("role")).isEqualTo("VIEWER");
    }

    @Test
    void bad_refresh_and_logout_requests_get_problems() {
        for (Object body : new Object[] {Map.of(), Map.of("refreshToken", "nonsense"), Map.of("refreshToken", 5)}) {
            var answer = api.post("/api/v1/auth/refresh", null, body);
            assertThat(answer.status()).as("%s", body).isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.post("/api/v1/auth/logout", null, null).status()).isEqualTo(401);
    }
}
