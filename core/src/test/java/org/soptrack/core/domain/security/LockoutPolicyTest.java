package org.soptrack.core.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = LockoutPolicy.defaults();
    private final Instant t0 = Instant.parse("2026-03-02T14:00:00Z");

    @Test
    void locks_grow_1_2_4_minutes_and_stop_at_one_hour() {
        LoginFailures failures = LoginFailures.NONE;
        List<Duration> locks = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            failures = policy.afterFailure(failures, t0);
            locks.add(failures.lockedUntil().map(until -> Duration.between(t0, until)).orElse(Duration.ZERO));
        }
        assertThat(locks).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1));
    }

    @Test
    void locked_means_strictly_before_the_end() {
        var locked = new LoginFailures(6, Optional.of(t0), Optional.of(t0.plusSeconds(60)));
        assertThat(locked.lockedAt(t0.plusSeconds(59))).isTrue();
        assertThat(locked.lockedAt(t0.plusSeconds(60))).isFalse();
        assertThat(LoginFailures.NONE.lockedAt(t0)).isFalse();
    }
}
