package org.soptrack.core.domain.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DispatchPolicyTest {

    private final DispatchPolicy policy = new DispatchPolicy(6, Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofMinutes(1));

    /** A generator that always returns the largest value it may, so the delay is the full one. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    private static final RandomGenerator LOWEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return 0;
        }
    };

    @Test
    void the_delay_doubles_per_failure_up_to_the_cap() {
        assertThat(policy.delayAfter(1, HIGHEST)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(2, HIGHEST)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3, HIGHEST)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(4, HIGHEST)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(6, HIGHEST)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void jitter_keeps_at_least_half_of_the_delay_and_spreads_the_rest() {
        assertThat(policy.delayAfter(2, LOWEST)).isEqualTo(Duration.ofSeconds(10));
        Random random = new Random(3);
        long distinct = IntStream.range(0, 200).mapToObj(i -> policy.delayAfter(3, random))
                .peek(d -> assertThat(d).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(40)))
                .distinct().count();
        assertThat(distinct).as("retries of messages that failed together spread out").isGreaterThan(100);
    }

    @Test
    void nonsense_policies_are_refused() {
        assertThatThrownBy(() -> new DispatchPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(1))).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new DispatchPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(2),
                Duration.ofSeconds(1))).hasMessageContaining("maxDelay");
    }
}
