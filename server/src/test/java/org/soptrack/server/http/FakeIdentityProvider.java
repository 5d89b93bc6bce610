package org.soptrack.server.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An identity provider for tests: publishes its RSA key as a JWKS on a loopback port and signs tokens with it (or
 * with a key it does not publish).
 */
final class FakeIdentityProvider {

    static final String ISSUER = "https://idp.example/";
    static final String AUDIENCE = "soptrack-api";

    private final RSAKey key = generate();
    private final RSAKey stranger = generate();
    private final HttpServer server;

    FakeIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("idp-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings that make the server trust this provider. */
    Map<String, String> properties() {
        return Map.of(
                "micronaut.security.token.jwt.signatures.jwks.idp.url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json",
                "soptrack.identity-provider.issuer", ISSUER,
                "soptrack.identity-provider.audience", AUDIENCE);
    }

    void stop() {
        server.stop(0);
    }

    /** A token for subject {@code idp|12345}, valid five minutes, adjusted by {@code adjust}. */
    String token(Consumer<JWTClaimsSet.Builder> adjust) {
        return sign(key, adjust);
    }

    /** The same, signed with a key the JWKS does not hold. */
    String strangersToken(Consumer<JWTClaimsSet.Builder> adjust) {
        return sign(stranger, adjust);
    }

    private static String sign(RSAKey signer, Consumer<JWTClaimsSet.Builder> adjust) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("idp|12345")
                .audience(List.of(AUDIENCE)).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("email", "olive@idp.example").claim("email_verified", true);
        adjust.accept(claims);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
