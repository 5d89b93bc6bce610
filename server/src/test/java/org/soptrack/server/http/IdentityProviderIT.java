package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens from an external identity provider (R-SEC-1): keys from its JWKS on a loopback server, claims mapped
 * to a member whose role soptrack keeps. Every way of bending such a token is refused with 401.
 */
@MicronautTest(transactional = false)
class IdentityProviderIT extends IdentityProviderTestSupport {

    private String token(Consumer<JWTClaimsSet.Builder> adjust) {
        return idp.token(adjust);
    }

    @Test
    void a_provider_token_acts_as_the_member_with_the_role_soptrack_keeps() {
        Api.Org org = api.signUp("olive@idp.example");
        String token = token(c -> c.claim("soptrack_org", org.id()).claim("roles", List.of("ADMIN")));

        var me = api.get("/api/v1/auth/me", token);
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.text("memberId")).isEqualTo(org.ownerId());
        assertThat(me.text("role")).isEqualTo("OWNER");
        assertThat(api.get("/api/v1/rooftops", token).list()).hasSize(1);
        var logout = api.post("/api/v1/auth/logout", token, null);
        assertThat(logout.status()).isEqualTo(409);
        assertThat(logout.text("type")).isEqualTo("urn:soptrack:problem:no-session");
    }

    @Test
    void members_who_sign_in_at_the_provider_need_no_password_here() {
        Map<String, Object> signup = Api.signupBody("olive@idp.example".replace("olive", "nopass"));
        signup.remove("ownerPassword");
        var created = api.post("/api/v1/signup", null, signup);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String org = created.text("organizationId");
        var me = api.get("/api/v1/auth/me", token(c -> c.claim("soptrack_org", org).claim("email",
                "nopass@idp.example")));
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        var login = api.post("/api/v1/auth/login", null, Map.of("organizationId", org, "email", "nopass@idp.example",
                "password", "any password at all here"));
        assertThat(login.status()).as("no password, no built-in login").isEqualTo(401);
    }

    @Test
    void bent_provider_tokens_are_refused() {
        Api.Org org = api.signUp("bent@idp.example");
        Api.Org other = api.signUp("other@idp.example");
        Map<String, String> refused = Map.of(
                "unknown address", token(c -> c.claim("soptrack_org", org.id()).claim("email", "x@idp.example")),
                "another organization", token(c -> c.claim("soptrack_org", other.id())
                        .claim("email", "bent@idp.example")),
                "no organization", token(c -> c.claim("email", "bent@idp.example")),
                "garbage organization", token(c -> c.claim("soptrack_org", "acme")),
                "unverified address", token(c -> c.claim("soptrack_org", org.id())
                        .claim("email", "bent@idp.example").claim("email_verified", false)),
                "wrong issuer", token(c -> c.claim("soptrack_org", org.id()).claim("email", "bent@idp.example")
                        .issuer("https://evil.example/")),
                "wrong audience", token(c -> c.claim("soptrack_org", org.id())
                        .claim("email", "bent@idp.example").audience("someone-else")),
                "expired", token(c -> c.claim("soptrack_org", org.id()).claim("email", "bent@idp.example")
                        .expirationTime(Date.from(Instant.now().minusSeconds(60)))),
                "key not in the JWKS", idp.strangersToken(c -> c.claim("soptrack_org", org.id())
                        .claim("email", "bent@idp.example")),
                "provider key posing as soptrack", token(c -> c.issuer("soptrack").subject(org.ownerId())
                        .claim("org", org.id()).claim("roles", List.of("OWNER")).claim("rooftops", List.of("*"))
                        .claim("sid", UUID.randomUUID().toString())));
        refused.forEach((why, token) -> {
            var answer = api.get("/api/v1/rooftops", token);
            assertThat(answer.status()).as(why).isEqualTo(401);
            assertThat(answer.contentType()).as(why).startsWith("application/problem+json");
        });
        var good = token(c -> c.claim("soptrack_org", org.id()).claim("email", "bent@idp.example"));
        assertThat(api.get("/api/v1/rooftops", good).status()).as("the same token unbent").isEqualTo(200);
    }

    @Test
    void a_token_with_soptracks_issuer_but_no_session_is_refused_even_with_the_right_secret() throws Exception {
        Api.Org org = api.signUp("nosession@idp.example");
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("soptrack").subject(org.ownerId())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("org", org.id())
                .claim("roles", List.of("OWNER")).claim("rooftops", List.of("*")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner("test-secret-that-is-long-enough-for-hs256-signing"));
        assertThat(api.get("/api/v1/rooftops", jwt.serialize()).status()).isEqualTo(401);
    }
}
