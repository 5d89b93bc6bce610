package org.soptrack.server.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.DispatchNotificationsService;
import org.soptrack.notify.HttpDelivery;
import org.soptrack.notify.StubProvider;
import org.soptrack.notify.groupme.GroupMeChannel;

/**
 * Outbox delivery throughput to a GroupMe stub on loopback, on the server's own wiring and embedded PostgreSQL,
 * against baselines measured in the same run: the same number of posts made by the channel directly, without the
 * outbox (no claim, no lease, no attempt recorded), one at a time and {@code in-flight} at a time. The outbox runs
 * one message at a time (sent, then recorded: the dispatcher before chunks) and with chunks of {@code in-flight}
 * messages sent at once and recorded in one transaction (the server's default). Prints a Markdown table and writes
 * {@code outbox.json}. Not part of {@code mvn verify}:
 * <pre>mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.server.bench.OutboxThroughput [-Dbench.messages=5000] [-Dbench.out=dir]</pre>
 */
public final class OutboxThroughput {

    private OutboxThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("bench.messages", 5000);
        int inFlight = Integer.getInteger("bench.in-flight", 16);
        int tenantsAtOnce = Integer.getInteger("bench.tenants-at-once", 4);
        int tenants = 10;
        try (StubProvider groupMe = new StubProvider();
             ApplicationContext context = ApplicationContext.run(Map.of(
                     "micronaut.server.port", "-1",
                     "soptrack.database.embedded-directory", "target/bench-postgres/" + UUID.randomUUID(),
                     "soptrack.notify.jobs-enabled", "false",
                     "soptrack.notify.group-me-url", groupMe.url().toString()))) {
            groupMe.answer(202, "");
            CorePorts ports = context.getBean(CorePorts.class);
            NotificationChannelPort direct = new GroupMeChannel(groupMe.url(), new HttpDelivery(Duration.ofSeconds(10)));
            DispatchNotificationsUseCase oneByOne = new DispatchNotificationsService(ports, List.of(direct),
                    DispatchPolicy.DEFAULTS, new Random(1), 1);
            DispatchNotificationsUseCase chunked = new DispatchNotificationsService(ports, List.of(direct),
                    DispatchPolicy.DEFAULTS, new Random(1), inFlight, tenantsAtOnce);

            warmUp(ports, oneByOne, chunked, direct, tenants, inFlight * tenantsAtOnce);
            double directOne = rate(messages, timeDirect(direct, messages, 1));
            int atOnce = inFlight * tenantsAtOnce;
            double directMany = rate(messages, timeDirect(direct, messages, atOnce));
            double outboxOne = rate(messages, drain(ports, oneByOne, tenants, messages));
            double outboxMany = rate(messages, drain(ports, chunked, tenants, messages));

            String table = String.format("| %d messages, %d tenants, %d cores, JDK %s | messages/s | outbox / direct |%n"
                    + "|---|---|---|%n"
                    + "| direct posts, one at a time (baseline) | %.0f | |%n"
                    + "| direct posts, %d at a time (baseline) | %.0f | |%n"
                    + "| outbox, one at a time (claim, post, record each) | %.0f | %.2f |%n"
                    + "| outbox, chunks of %d sent at once and recorded in one transaction, %d organizations at once "
                    + "| %.0f | %.2f |%n",
                    messages, tenants, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    directOne, atOnce, directMany, outboxOne, outboxOne / directOne, inFlight, tenantsAtOnce,
                    outboxMany, outboxMany / directMany);
            System.out.printf("%n%s", table);
            String out = System.getProperty("bench.out");
            if (out != null) {
                Files.writeString(Path.of(out, "outbox.json"), String.format(Locale.ROOT, """
                        {"messages": %d, "tenants": %d, "inFlight": %d, "tenantsAtOnce": %d, "cores": %d,
                         "directOneAtATimePerSecond": %.0f, "directInFlightPerSecond": %.0f,
                         "outboxOneAtATimePerSecond": %.0f, "outboxInFlightPerSecond": %.0f,
                         "outboxOneAtATimeRatio": %.2f, "outboxInFlightRatio": %.2f}
                        """, messages, tenants, inFlight, tenantsAtOnce, Runtime.getRuntime().availableProcessors(), directOne,
                        directMany, outboxOne, outboxMany, outboxOne / directOne, outboxMany / directMany));
            }
        }
    }

    private static double rate(int messages, long nanos) {
        return messages / (nanos / 1e9);
    }

    /** Seeds {@code messages} due messages over {@code tenants} organizations and times their delivery. */
    private static long drain(CorePorts ports, DispatchNotificationsUseCase dispatcher, int tenants, int messages) {
        seed(ports, tenants, messages);
        long start = System.nanoTime();
        int delivered = 0;
        while (delivered < messages) {
            int now = dispatcher.dispatchDue(Integer.getInteger("bench.batch", 100)).delivered();
            if (now == 0) {
                throw new IllegalStateException("Stalled after " + delivered + " messages");
            }
            delivered += now;
        }
        return System.nanoTime() - start;
    }

    private static void warmUp(CorePorts ports, DispatchNotificationsUseCase oneByOne,
                               DispatchNotificationsUseCase chunked, NotificationChannelPort direct, int tenants,
                               int atOnce) {
        timeDirect(direct, 500, 1);
        timeDirect(direct, 500, atOnce);
        drain(ports, oneByOne, tenants, 500);
        drain(ports, chunked, tenants, 500);
    }

    /** Posts {@code messages} straight to the channel, {@code atOnce} at a time; the time taken. */
    private static long timeDirect(NotificationChannelPort channel, int messages, int atOnce) {
        TenantId tenant = TenantId.of(UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            long start = System.nanoTime();
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                int n = i;
                posts.add(pool.submit(() -> channel.deliver(new NotificationChannelPort.Delivery(UUID.randomUUID(),
                        Optional.of(tenant), NotificationEvent.TEST, Destination.of(ChannelKind.GROUPME, "bench"),
                        new MessageContent("s", "message " + n), Instant.now()))));
            }
            for (Future<?> post : posts) {
                post.get();
            }
            return System.nanoTime() - start;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static void seed(CorePorts ports, int tenants, int messages) {
        for (int t = 0; t < tenants; t++) {
            TenantId tenant = TenantId.of(UUID.randomUUID());
            ports.transactions().inTenant(tenant, () -> {
                ports.organizations().add(tenant, Organization.create(tenant, "Bench " + tenant, Instant.now()));
                for (int i = 0; i < messages / tenants; i++) {
                    RaisedEvent event = new RaisedEvent(UUID.randomUUID(), tenant, NotificationEvent.TEST, "bench:" + i,
                            Optional.empty(), Instant.now(), Map.of());
                    ports.outbox().recordEvent(tenant, event);
                    ports.outbox().enqueue(tenant, OutboxMessage.create(UUID.randomUUID(), event,
                            Destination.of(ChannelKind.GROUPME, "bench"), new MessageContent("s", "message " + i),
                            Optional.empty(), Instant.now()));
                }
                return null;
            });
        }
    }
}
