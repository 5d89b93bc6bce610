package org.soptrack.server.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JWTClaimsSetUtils;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Refuses a token before its {@code nbf} ("not before") time, for both soptrack's tokens and an identity provider's,
 * allowing 30 seconds of clock skew between the provider and this server. It reads the system clock, as Micronaut's
 * expiry check does, because tokens are stamped with it.
 */
@Singleton
final class NotBeforeCheck<T> implements GenericJwtClaimsValidator<T> {

    static final Duration SKEW = Duration.ofSeconds(30);

    private final Clock clock = Clock.systemUTC();

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        JWTClaimsSet set = JWTClaimsSetUtils.jwtClaimsSetFromClaims(claims);
        Date notBefore = set.getNotBeforeTime();
        return notBefore == null || !notBefore.toInstant().isAfter(clock.instant().plus(SKEW));
    }
}
