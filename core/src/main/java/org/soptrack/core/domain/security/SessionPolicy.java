package org.soptrack.core.domain.security;

import java.time.Duration;
import org.soptrack.core.domain.shared.Require;

/**
 * How long sign-in state lasts (R-SEC-3, R-SEC-4a): a session ends after {@code idleTimeout} without a refresh and
 * after {@code maxLifetime} in any case; a one-time code is valid for {@code codeValidity} and a login attempt may
 * try {@code maxWrongCodes} wrong codes; a trusted device is forgotten after {@code trustedDeviceIdle} unused.
 */
public record SessionPolicy(Duration idleTimeout, Duration maxLifetime, Duration codeValidity, int maxWrongCodes,
                            Duration trustedDeviceIdle) {

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofDays(14), Duration.ofDays(30), Duration.ofMinutes(10), 5,
                Duration.ofDays(90));
    }

    public SessionPolicy {
        Require.positive("idleTimeout", idleTimeout);
        Require.positive("maxLifetime", maxLifetime);
        Require.positive("codeValidity", codeValidity);
        Require.positive("trustedDeviceIdle", trustedDeviceIdle);
        if (maxWrongCodes < 1 || maxWrongCodes > 10) {
            throw new IllegalArgumentException("maxWrongCodes must be between 1 and 10");
        }
        if (idleTimeout.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("idleTimeout must not exceed maxLifetime");
        }
    }
}
