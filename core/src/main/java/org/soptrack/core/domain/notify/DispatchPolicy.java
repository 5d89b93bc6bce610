package org.soptrack.core.domain.notify;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.soptrack.core.domain.shared.Require;

/**
 * When to try a message again (R-NOT-4): exponential backoff from {@code firstDelay}, doubled per failed attempt and
 * capped at {@code maxDelay}, with "equal jitter" (half the delay fixed, half random) so that many messages failing
 * together do not retry together. After {@code maxAttempts} tries the message is a dead letter. A claimed message is
 * leased for {@code lease}: a dispatcher that dies mid-send leaves it to be claimed again once the lease ends.
 */
public record DispatchPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease) {

    public static final DispatchPolicy DEFAULTS = new DispatchPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofMinutes(2));

    public DispatchPolicy {
        Require.between("maxAttempts", maxAttempts, 1, 50);
        Require.positive("firstDelay", firstDelay);
        Require.positive("maxDelay", maxDelay);
        Require.positive("lease", lease);
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure: between half and all of the capped exponential delay. */
    public Duration delayAfter(int failedAttempts, RandomGenerator random) {
        Require.between("failedAttempts", failedAttempts, 1, maxAttempts);
        long cap = maxDelay.toMillis();
        long exponential = firstDelay.toMillis();
        for (int i = 1; i < failedAttempts && exponential < cap; i++) {
            exponential *= 2;
        }
        long delay = Math.min(exponential, cap);
        long half = delay / 2;
        return Duration.ofMillis(delay - half + random.nextLong(half + 1));
    }
}
