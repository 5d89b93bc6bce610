package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only tokens this server signed, unaltered and unexpired, are accepted. */
@MicronautTest(transactional = false)
class TokensIT extends HttpTestSupport {

    static final String TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

    Api.Org org;

    @BeforeEach
    void prepare() {
        org = api.signUp("tokens-" + System.nanoTime() + "@acme.example");
    }

    /** The claims soptrack writes, naming the session of the owner's login. */
    private JWTClaimsSet claims(Instant expires) {
        String session;
        try {
            session = SignedJWT.parse(org.token()).getJWTClaimsSet().getStringClaim("sid");
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        return new JWTClaimsSet.Builder().issuer("soptrack").subject(org.ownerId()).claim("org", org.id())
                .claim("roles", List.of("OWNER")).claim("rooftops", List.of("*")).claim("sid", session)
                .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires)).build();
    }

    private String signed(String secret, Instant expires) throws JOSEException {
        return signed(secret, claims(expires));
    }

    private String signed(String secret, JWTClaimsSet claims) throws JOSEException {
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private void assertRefused(String token) {
        var answer = api.get("/api/v1/sops", token);
        assertThat(answer.status()).as("%s", answer).isEqualTo(401);
        assertThat(answer.problem()).isEqualTo("unauthenticated");
    }

    @Test
    void a_token_signed_here_works() throws JOSEException {
        assertThat(api.get("/api/v1/sops", org.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/sops", signed(TEST_SECRET, Instant.now().plusSeconds(60))).status()).isEqualTo(200);
    }

    @Test
    void an_unsigned_token_is_refused() {
        assertRefused(new PlainJWT(claims(Instant.now().plusSeconds(600))).serialize());
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() throws JOSEException {
        assertRefused(signed("another-secret-that-is-long-enough-for-hs256!", Instant.now().plusSeconds(600)));
    }

    @Test
    void an_expired_token_is_refused() throws JOSEException {
        assertRefused(signed(TEST_SECRET, Instant.now().minusSeconds(5)));
    }

    @Test
    void a_token_not_valid_yet_is_refused_beyond_half_a_minute_of_clock_skew() throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet early = new JWTClaimsSet.Builder(claims(now.plusSeconds(7200)))
                .notBeforeTime(Date.from(now.plusSeconds(3600))).build();
        assertRefused(signed(TEST_SECRET, early));
        JWTClaimsSet skewed = new JWTClaimsSet.Builder(claims(now.plusSeconds(600)))
                .notBeforeTime(Date.from(now.plusSeconds(5))).build();
        assertThat(api.get("/api/v1/sops", signed(TEST_SECRET, skewed)).status()).isEqualTo(200);
    }

    @Test
    void a_token_with_altered_claims_is_refused() {
        String[] parts = org.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(org.id(), "00000000-0000-0000-0000-000000000001");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(altered);
    }
}
