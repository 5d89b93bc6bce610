package org.soptrack.server.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.in.PublicIntakeUseCase;
import org.soptrack.core.port.in.TimedNotificationsUseCase;

/**
 * The scheduled work of notifications: the outbox dispatcher every few seconds, the time-driven events (aging, return
 * deadlines, BDC calls) every few minutes. Both are safe on any number of instances at once: claims skip locked rows,
 * and each timed event has a unique key. A failing run is logged and the next one tries again.
 */
@Singleton
@Requires(property = "soptrack.notify.jobs-enabled", value = "true", defaultValue = "true")
final class NotificationJobs {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationJobs.class);

    private final DispatchNotificationsUseCase dispatcher;
    private final TimedNotificationsUseCase timed;
    private final PublicIntakeUseCase intake;
    private final int batch;

    NotificationJobs(DispatchNotificationsUseCase dispatcher, TimedNotificationsUseCase timed,
                     PublicIntakeUseCase intake, @Value("${soptrack.notify.batch:100}") int batch) {
        this.dispatcher = dispatcher;
        this.timed = timed;
        this.intake = intake;
        this.batch = batch;
    }

    @Scheduled(fixedDelay = "${soptrack.notify.dispatch-interval:2s}", initialDelay = "${soptrack.notify.dispatch-interval:2s}")
    void dispatch() {
        try {
            DispatchNotificationsUseCase.Report report;
            do {
                report = dispatcher.dispatchDue(batch);
                if (report.claimed() > 0) {
                    LOG.debug("Outbox: {}", report);
                }
            } while (report.claimed() >= batch);
        } catch (RuntimeException e) {
            LOG.warn("Outbox dispatch failed; the next run tries again: {}", e.toString());
        }
    }

    /** The operators' notices of public requests (R-PUB-1), with the outbox's rhythm. */
    @Scheduled(fixedDelay = "${soptrack.notify.dispatch-interval:2s}", initialDelay = "${soptrack.notify.dispatch-interval:2s}")
    void sendPublicRequestNotices() {
        try {
            int sent = intake.sendNotices();
            if (sent > 0) {
                LOG.info("Told the operators about {} public requests", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("Sending public-request notices failed; the next run tries again: {}", e.toString());
        }
    }

    @Scheduled(fixedDelay = "${soptrack.notify.timed-interval:5m}", initialDelay = "${soptrack.notify.timed-interval:5m}")
    void raiseTimedEvents() {
        try {
            TimedNotificationsUseCase.Report report = timed.raiseDue();
            LOG.info("Timed notifications: {}", report);
        } catch (RuntimeException e) {
            LOG.warn("Raising timed notifications failed; the next run tries again: {}", e.toString());
        }
    }
}
