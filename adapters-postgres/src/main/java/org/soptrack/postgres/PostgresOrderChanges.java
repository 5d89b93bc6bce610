package org.soptrack.postgres;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.SpecialOrderRepository;

/**
 * Change notices of special orders through PostgreSQL's {@code LISTEN}/{@code NOTIFY}: the triggers of migration V24
 * send "organization rooftop" on {@value #CHANNEL} when a statement adds or changes orders, delivered at commit, in
 * commit order, to every server listening on the database, so a board open on one instance hears a change made
 * through another. While anyone watches, one connection of the pool listens on a thread of its own; after a failure
 * it listens again and tells every watcher once, as a notice may have been missed meanwhile.
 */
@Singleton
public final class PostgresOrderChanges {

    static final String CHANNEL = "soptrack_orders";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresOrderChanges.class);
    private static final int POLL_MILLIS = 500;

    private final DataSource dataSource;
    private final Map<String, List<Runnable>> watchers = new ConcurrentHashMap<>();
    private final CountDownLatch listening = new CountDownLatch(1);
    private Thread thread;
    private volatile boolean stopped;

    PostgresOrderChanges(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    SpecialOrderRepository.Watch watch(TenantId tenant, RooftopId rooftop, Runnable listener) {
        String key = tenant.value() + " " + rooftop.value();
        watchers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        startOnce();
        return () -> watchers.getOrDefault(key, List.of()).remove(listener);
    }

    private synchronized void startOnce() {
        if (thread == null && !stopped) {
            thread = new Thread(this::listen, "soptrack-order-changes");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            // The first watch returns once the server listens, so no change made after it goes unheard.
            listening.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        boolean again = false;
        while (!stopped) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                if (again) {
                    watchers.values().forEach(list -> list.forEach(PostgresOrderChanges::tell));
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notices = pg.getNotifications(POLL_MILLIS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            watchers.getOrDefault(notice.getParameter(), List.of()).forEach(PostgresOrderChanges::tell);
                        }
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("UNLISTEN *");
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped) {
                    LOG.warn("Listening for order changes failed; listening again in a second: {}", e.toString());
                    again = true;
                    pause();
                }
            }
        }
    }

    private static void tell(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.warn("A watcher of order changes failed: {}", e.toString());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (thread != null) {
            try {
                thread.join(2 * POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
