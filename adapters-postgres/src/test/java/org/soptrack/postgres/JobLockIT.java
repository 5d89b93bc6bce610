package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** One instance at a time runs a named job; the lock is free again once the job ends, even when it throws. */
class JobLockIT {

    private final PostgresJobLock lock = TestDatabase.get().bean(PostgresJobLock.class);
    private final PostgresJobLock otherInstance = new PostgresJobLock(TestDatabase.get().app());

    @Test
    void while_one_instance_runs_the_job_another_skips_it_and_runs_it_afterwards() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> lock.runExclusively("job-lock-test",
                () -> {
                    running.countDown();
                    await(finish);
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(otherInstance.runExclusively("job-lock-test", () -> { })).as("held elsewhere").isFalse();
        assertThat(otherInstance.runExclusively("another-job", () -> { })).as("another name").isTrue();
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> otherInstance.runExclusively("job-lock-test", () -> {
            throw new IllegalStateException("job failed");
        })).hasMessage("job failed");
        assertThat(lock.runExclusively("job-lock-test", () -> { })).as("released after a failure").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
