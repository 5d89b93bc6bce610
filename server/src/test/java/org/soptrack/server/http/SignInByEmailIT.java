package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-SEC-7 over HTTP: nobody types an organization id. One organization signs in at once; several that the password
 * opens answer 300 with their names and a choice token each; anything wrong is the one {@code login-failed}.
 */
@MicronautTest(transactional = false)
class SignInByEmailIT extends HttpTestSupport {

    private Api.Answer logIn(String email, String password) {
        return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password));
    }

    private String signUp(String organization, String email) {
        Map<String, Object> body = Api.signupBody(email);
        body.put("organizationName", organization);
        var created = api.post("/api/v1/signup", null, body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.text("organizationId");
    }

    @Test
    void an_address_and_its_password_are_enough() {
        String email = "solo-" + System.nanoTime() + "@email-sign-in.example";
        String org = signUp("Solo Motors", email);
        var signedIn = logIn(email, Api.PASSWORD);
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(200);
        assertThat(((Map<?, ?>) signedIn.map().get("member")).get("organizationId")).isEqualTo(org);

        var wrong = logIn(email, "not the password of anyone");
        var unknown = logIn("nobody-" + System.nanoTime() + "@email-sign-in.example", Api.PASSWORD);
        for (var refused : List.of(wrong, unknown)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo(wrong.body());
        }
    }

    @Test
    void an_address_in_two_organizations_chooses_one() {
        String email = "twice-" + System.nanoTime() + "@email-sign-in.example";
        String first = signUp("First Motors", email);
        String second = signUp("Second Autos", email);
        var choice = logIn(email, Api.PASSWORD);
        assertThat(choice.status()).as("%s", choice).isEqualTo(300);
        var organizations = choice.list("organizations");
        assertThat(organizations).extracting(o -> o.get("name")).containsExactlyInAnyOrder("First Motors",
                "Second Autos");
        String toSecond = organizations.stream().filter(o -> o.get("organizationId").equals(second)).findFirst()
                .orElseThrow().get("choiceToken").toString();

        var signedIn = api.post("/api/v1/auth/login/choose", null, Map.of("choiceToken", toSecond));
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(200);
        assertThat(((Map<?, ?>) signedIn.map().get("member")).get("organizationId")).isEqualTo(second);
        assertThat(api.post("/api/v1/auth/login/choose", null, Map.of("choiceToken", toSecond)).problem())
                .as("a choice works once").isEqualTo("login-failed");
        var named = api.post("/api/v1/auth/login", null, Map.of("organizationId", first, "email", email,
                "password", Api.PASSWORD));
        assertThat(named.status()).as("the organization may still be named").isEqualTo(200);
    }
}
