package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BatchSizesTest {

    private final AtomicLong nanos = new AtomicLong();

    /** The sizes of successive full batches, each taking the milliseconds given (a fake monotonic clock). */
    private List<Integer> sizes(BatchSizes sizes, long... millis) {
        List<Integer> seen = new ArrayList<>();
        for (long ms : millis) {
            int size = sizes.next();
            seen.add(size);
            nanos.addAndGet(Duration.ofMillis(ms).toNanos());
            sizes.done(size);
        }
        seen.add(sizes.next());
        return seen;
    }

    @Test
    void without_a_target_every_batch_has_the_configured_size() {
        BatchSizes fixed = new BatchSizes(1000, Duration.ZERO, nanos::get);
        assertThat(sizes(fixed, 1, 500, 1)).containsExactly(1000, 1000, 1000, 1000);
    }

    @Test
    void quick_batches_grow_at_most_twofold_up_to_64_times_the_first() {
        BatchSizes sizes = new BatchSizes(1000, Duration.ofMillis(100), nanos::get);
        // Each batch of 1 ms wants 100 times its size; growth is capped at two per batch and 64,000 in all.
        assertThat(sizes(sizes, 1, 1, 1, 1, 1, 1, 1, 1))
                .containsExactly(1000, 2000, 4000, 8000, 16000, 32000, 64000, 64000, 64000);
    }

    @Test
    void batches_settle_at_the_target_and_shrink_at_most_by_half_never_under_the_first() {
        BatchSizes sizes = new BatchSizes(1000, Duration.ofMillis(100), nanos::get);
        // 1,000 in 50 ms: 2,000 should take 100 ms; it does, so it stays.
        assertThat(sizes(sizes, 50, 100, 100)).containsExactly(1000, 2000, 2000, 2000);
        BatchSizes slow = new BatchSizes(1000, Duration.ofMillis(100), nanos::get);
        assertThat(sizes(slow, 40, 40, 1000, 1000)).containsExactly(1000, 2000, 4000, 2000, 1000);
    }

    @Test
    void a_short_batch_changes_nothing() {
        BatchSizes sizes = new BatchSizes(1000, Duration.ofMillis(100), nanos::get);
        assertThat(sizes.next()).isEqualTo(1000);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        sizes.done(999);
        assertThat(sizes.next()).isEqualTo(1000);
    }
}
