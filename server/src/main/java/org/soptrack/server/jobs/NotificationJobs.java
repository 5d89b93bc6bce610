package org.soptrack.server.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.PublicIntakeUseCase;
import org.soptrack.core.port.in.TimedNotificationsUseCase;

/**
 * The scheduled work of notifications: the outbox dispatcher every few seconds, the time-driven events (aging, return
 * deadlines, BDC calls) every few minutes. Both are safe on any number of instances at once: claims skip locked rows,
 * and each timed event has a unique key. A failing run is logged and the next one tries again.
 *
 * <p>On a graceful shutdown no run starts any more; the dispatcher finishes the send under way, records it and gives
 * back the messages it claimed and did not send (another instance sends them at once), and the shutdown waits for the
 * runs under way to end.
 */
@Singleton
@Requires(property = "soptrack.notify.jobs-enabled", value = "true", defaultValue = "true")
final class NotificationJobs implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationJobs.class);

    private final DispatchNotificationsUseCase dispatcher;
    private final TimedNotificationsUseCase timed;
    private final PublicIntakeUseCase intake;
    private final IncidentsUseCase incidents;
    private final int batch;
    private final Set<CompletableFuture<Void>> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    NotificationJobs(DispatchNotificationsUseCase dispatcher, TimedNotificationsUseCase timed,
                     PublicIntakeUseCase intake, IncidentsUseCase incidents,
                     @Value("${soptrack.notify.batch:100}") int batch) {
        this.dispatcher = dispatcher;
        this.timed = timed;
        this.intake = intake;
        this.incidents = incidents;
        this.batch = batch;
    }

    @Scheduled(fixedDelay = "${soptrack.notify.dispatch-interval:2s}", initialDelay = "${soptrack.notify.dispatch-interval:2s}")
    void dispatch() {
        run("Outbox dispatch", () -> {
            DispatchNotificationsUseCase.Report report;
            do {
                report = dispatcher.dispatchDue(batch, () -> stopping);
                if (report.claimed() > 0) {
                    LOG.debug("Outbox: {}", report);
                }
                if (report.released() > 0) {
                    LOG.info("Shutting down: gave back {} claimed messages for another instance", report.released());
                }
            } while (report.claimed() > 0 && !stopping);
        });
    }

    /**
     * Runs a job unless the server is shutting down, so that the shutdown can wait for it; a failure is logged and the
     * next run tries again.
     */
    private void run(String what, Runnable job) {
        var run = new CompletableFuture<Void>();
        running.add(run);
        try {
            if (!stopping) {
                job.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("{} failed; the next run tries again: {}", what, e.toString());
        } finally {
            running.remove(run);
            run.complete(null);
        }
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        stopping = true;
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
    }

    /** The operators' notices of public requests (R-PUB-1), with the outbox's rhythm. */
    @Scheduled(fixedDelay = "${soptrack.notify.dispatch-interval:2s}", initialDelay = "${soptrack.notify.dispatch-interval:2s}")
    void sendPublicRequestNotices() {
        run("Sending public-request notices", () -> {
            int sent = intake.sendNotices();
            if (sent > 0) {
                LOG.info("Sent {} public-request notices and replies", sent);
            }
        });
    }

    /** Finishes incident notices a run cut short left (recording an incident tells the owners at once). */
    @Scheduled(fixedDelay = "${soptrack.notify.timed-interval:5m}", initialDelay = "${soptrack.notify.dispatch-interval:2s}")
    void finishIncidentNotices() {
        run("Telling owners of incidents", () -> {
            int told = incidents.tellOwners();
            if (told > 0) {
                LOG.info("Told the owners of {} organizations about incidents", told);
            }
        });
    }

    @Scheduled(fixedDelay = "${soptrack.notify.timed-interval:5m}", initialDelay = "${soptrack.notify.timed-interval:5m}")
    void raiseTimedEvents() {
        run("Raising timed notifications", () ->
                LOG.info("Timed notifications: {}", timed.raiseDue()));
    }
}
