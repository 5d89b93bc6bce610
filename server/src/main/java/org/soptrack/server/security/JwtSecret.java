package org.soptrack.server.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC secret that signs and checks access tokens ({@code SOPTRACK_JWT_SECRET}). When none is configured a random
 * one is made per start, so a fresh checkout runs without setup (tokens then end with the process); a configured
 * secret shorter than 32 bytes stops the start.
 */
@Singleton
final class JwtSecret implements BeanCreatedEventListener<SecretSignatureConfiguration> {

    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    @Override
    public SecretSignatureConfiguration onCreated(BeanCreatedEvent<SecretSignatureConfiguration> event) {
        SecretSignatureConfiguration config = event.getBean();
        config.setSecret(checked(config.getSecret()));
        return config;
    }

    static String checked(String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.warn("SOPTRACK_JWT_SECRET is not set: tokens are signed with a random secret and end with this process");
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }
        if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new ConfigurationException("SOPTRACK_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
        }
        return configured;
    }

    /** Refuses to start without a signature check: without one, Micronaut would accept unsigned tokens. */
    @Context
    static final class SigningCheck {
        SigningCheck(List<SignatureConfiguration> signatures) {
            if (signatures.isEmpty()) {
                throw new ConfigurationException("No token signature is configured; unsigned tokens would be accepted");
            }
        }
    }
}
