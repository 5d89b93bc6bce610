package org.soptrack.core.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The size of a retention sweep's next batch. With no target every batch has the configured size. With a target,
 * each batch is sized from the last one's rate to take about that long: at most twice the last size, at least half of
 * it, never under the configured size nor over {@link #MAX_GROWTH} times it. A batch's locks last as long as its
 * transaction, so the target bounds them, while a large backlog goes in fewer transactions, each with one walk to its
 * first expired record and one audit entry. One sweep keeps the size it learned for a store and category from one
 * organization to the next. The time is the JVM's monotonic clock, not the domain clock: it measures work, it decides
 * nothing about records.
 */
final class BatchSizes {

    static final int MAX_GROWTH = 64;

    private final int smallest;
    private final long targetNanos;
    private final LongSupplier nanoTime;
    private int next;
    private long started;

    BatchSizes(int first, Duration target, LongSupplier nanoTime) {
        this.smallest = first;
        this.targetNanos = target.toNanos();
        this.nanoTime = nanoTime;
        this.next = first;
    }

    /** The size of the batch about to run; starts its clock. */
    int next() {
        started = nanoTime.getAsLong();
        return next;
    }

    /**
     * The batch of {@link #next()}'s size is done, having removed {@code removed} records: sizes the one after it. A
     * short batch (the last of an organization) says nothing about the rate of a full one and changes nothing.
     */
    void done(int removed) {
        if (targetNanos == 0 || removed < next) {
            return;
        }
        long took = Math.max(1, nanoTime.getAsLong() - started);
        double wanted = next * ((double) targetNanos / took);
        long size = Math.round(Math.max(next / 2.0, Math.min(next * 2.0, wanted)));
        next = (int) Math.max(smallest, Math.min((long) smallest * MAX_GROWTH, size));
    }
}
