package org.soptrack.server.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.postgres.PostgresJobLock;

/**
 * The scheduled retention sweep (R-RET-3), and the reminders of data-subject requests that became due soon or overdue
 * (R-DSR-2). When several instances run, the one that takes the database lock does the round and the others skip it;
 * a killed sweep leaves committed batches behind and the next round goes on.
 */
@Singleton
@Requires(property = "soptrack.retention.jobs-enabled", value = "true", defaultValue = "true")
final class RetentionJobs {

    static final String LOCK = "soptrack.retention-sweep";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJobs.class);

    static final String REMINDER_LOCK = "soptrack.privacy-reminders";

    private final SweepRetentionUseCase sweep;
    private final SubjectRequestsUseCase requests;
    private final PostgresJobLock lock;

    RetentionJobs(SweepRetentionUseCase sweep, SubjectRequestsUseCase requests, PostgresJobLock lock) {
        this.sweep = sweep;
        this.requests = requests;
        this.lock = lock;
    }

    @Scheduled(fixedDelay = "${soptrack.privacy.reminder-interval:1h}",
            initialDelay = "${soptrack.retention.first-sweep-after:1m}")
    void remind() {
        try {
            lock.runExclusively(REMINDER_LOCK, () -> {
                int sent = requests.remind();
                if (sent > 0) {
                    LOG.info("Reminded staff of {} data-subject requests due soon or overdue", sent);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Data-subject request reminders failed; the next run tries again: {}", e.toString());
        }
    }

    @Scheduled(fixedDelay = "${soptrack.retention.sweep-interval:1h}",
            initialDelay = "${soptrack.retention.first-sweep-after:1m}")
    void sweep() {
        try {
            boolean ran = lock.runExclusively(LOCK, () -> {
                SweepRetentionUseCase.Report report = sweep.sweepAll(false);
                LOG.info("Retention sweep removed {} records in {} organization rules", report.total(),
                        report.lines().size());
            });
            if (!ran) {
                LOG.info("Retention sweep skipped: another instance holds the lock");
            }
        } catch (RuntimeException e) {
            LOG.warn("Retention sweep failed; the next run goes on from where it stopped: {}", e.toString());
        }
    }
}
