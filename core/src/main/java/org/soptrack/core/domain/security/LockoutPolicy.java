package org.soptrack.core.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Require;

/**
 * Growing temporary lockout after failed logins (R-SEC-4): the first {@code freeFailures} failures cost nothing, each
 * further one locks the account for {@code firstLock}, doubled per failure up to {@code maxLock}. Failures older than
 * {@code forgetAfter} are forgotten. With the defaults (5 free, 1 minute doubling to 1 hour) an account can be tried
 * at most 11 times in its first hour, far below the 100 R-SEC-4 allows.
 */
public record LockoutPolicy(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {

    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));
    }

    public LockoutPolicy {
        Require.between("freeFailures", freeFailures, 1, 100);
        Require.positive("firstLock", firstLock);
        Require.positive("maxLock", maxLock);
        Require.positive("forgetAfter", forgetAfter);
    }

    /** The failures after one more at {@code now}. */
    public LoginFailures afterFailure(LoginFailures before, Instant now) {
        boolean forgotten = before.lastFailedAt().map(at -> !now.isBefore(at.plus(forgetAfter))).orElse(true);
        int count = forgotten ? 1 : before.count() + 1;
        Optional<Instant> lockedUntil = count > freeFailures
                ? Optional.of(now.plus(lockFor(count - freeFailures)))
                : Optional.empty();
        return new LoginFailures(count, Optional.of(now), lockedUntil);
    }

    private Duration lockFor(int lockNumber) {
        Duration lock = firstLock;
        for (int i = 1; i < lockNumber && lock.compareTo(maxLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
