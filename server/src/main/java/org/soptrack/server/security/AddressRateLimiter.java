package org.soptrack.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.port.out.ClockPort;

/**
 * Requests per client address on the endpoints anyone may call (R-SEC-4): a Bucket4j token bucket per address, refilled
 * evenly over a minute, timed by core's clock so tests can move time. Buckets of addresses not seen for a minute are
 * dropped (at most 100 000 kept), so the limiter's memory stays bounded.
 */
@Singleton
public final class AddressRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    AddressRateLimiter(@Value("${soptrack.rate-limit.public-per-minute:20}") int perMinute, ClockPort clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("soptrack.rate-limit.public-per-minute must be at least 1");
        }
        this.perMinute = perMinute;
        this.time = new ClockTime(clock);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(WINDOW).maximumSize(100_000).build();
    }

    /** Takes one request from the address's bucket; when it is empty, how long until the next is allowed. */
    public Optional<Duration> take(String address) {
        Bucket bucket = buckets.get(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .withCustomTimePrecision(time).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private record ClockTime(ClockPort clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
