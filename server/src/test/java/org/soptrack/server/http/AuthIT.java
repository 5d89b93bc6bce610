package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signup and built-in login over real HTTP on embedded PostgreSQL. */
@MicronautTest(transactional = false)
class AuthIT extends HttpTestSupport {

    @Test
    void signs_up_logs_in_and_knows_who_is_calling() {
        var signedUp = api.post("/api/v1/signup", null, Map.of(
                "organizationName", "Acme Motors",
                "rooftop", Map.of("name", "Acme Toyota", "brand", "Toyota", "city", "Springfield", "stateCode", "IL"),
                "ownerEmail", "olive@acme.example", "ownerName", "Olive Owner",
                "ownerPassword", "plum tractor harbour lantern"));
        assertThat(signedUp.status()).as("%s", signedUp).isEqualTo(201);

        var login = api.post("/api/v1/auth/login", null, Map.of("organizationId", signedUp.text("organizationId"),
                "email", "olive@acme.example", "password", "plum tractor harbour lantern"));
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        String token = login.text("accessToken");

        var me = api.get("/api/v1/auth/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("memberId")).isEqualTo(signedUp.text("ownerId"));
        assertThat(me.text("role")).isEqualTo("OWNER");

        var rooftops = api.get("/api/v1/rooftops", token);
        assertThat(rooftops.status()).as("%s", rooftops).isEqualTo(200);
        assertThat(rooftops.list()).extracting(r -> r.get("id")).containsExactly(signedUp.text("rooftopId"));
    }

    @Test
    void a_common_password_is_refused_even_when_long_enough() {
        var body = Api.signupBody("common@acme.example");
        body.put("ownerPassword", "1qaz2wsx3edc");
        var refused = api.post("/api/v1/signup", null, body);
        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.text("field")).isEqualTo("ownerPassword");
        assertThat(refused.text("detail")).contains("too common");
    }
}
