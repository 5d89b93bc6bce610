package org.soptrack.server.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC secret that signs and checks access tokens: {@code soptrack.security.jwt-secret} ({@code SOPTRACK_JWT_SECRET}),
 * or a random one per start when none is configured, so that a fresh checkout runs without setup.
 */
@Factory
final class JwtSecretFactory {

    static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretFactory.class);

    @Singleton
    @Named("generator")
    SecretSignatureConfiguration generator(@Value("${soptrack.security.jwt-secret:}") String configured) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret(configured));
        return config;
    }

    static String secret(String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.warn("No SOPTRACK_JWT_SECRET set: signing tokens with a random secret; they end with this process");
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }
        if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_LENGTH) {
            throw new ConfigurationException("soptrack.security.jwt-secret must be at least " + MIN_LENGTH
                    + " bytes long");
        }
        return configured;
    }
}
