package org.soptrack.server.bench;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.notify.HttpDelivery;
import org.soptrack.notify.StubProvider;
import org.soptrack.notify.groupme.GroupMeChannel;

/**
 * Outbox delivery throughput to a GroupMe stub on loopback, on the server's own wiring and embedded PostgreSQL,
 * against a baseline measured in the same run: the same number of posts made by the channel directly, without the
 * outbox (no claim, no lease, no attempt recorded). Prints a Markdown table. Not part of {@code mvn verify}:
 * <pre>mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.server.bench.OutboxThroughput [-Dbench.messages=5000]</pre>
 */
public final class OutboxThroughput {

    private OutboxThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("bench.messages", 5000);
        int tenants = 10;
        try (StubProvider groupMe = new StubProvider();
             ApplicationContext context = ApplicationContext.run(Map.of(
                     "micronaut.server.port", "-1",
                     "soptrack.database.embedded-directory", "target/bench-postgres/" + UUID.randomUUID(),
                     "soptrack.notify.jobs-enabled", "false",
                     "soptrack.notify.group-me-url", groupMe.url().toString()))) {
            groupMe.answer(202, "");
            CorePorts ports = context.getBean(CorePorts.class);
            DispatchNotificationsUseCase dispatcher = context.getBean(DispatchNotificationsUseCase.class);
            NotificationChannelPort direct = new GroupMeChannel(groupMe.url(), new HttpDelivery(Duration.ofSeconds(10)));

            warmUp(ports, dispatcher, direct, tenants);
            long baseline = timeDirect(direct, messages);
            seed(ports, tenants, messages);
            long start = System.nanoTime();
            int delivered = 0;
            while (delivered < messages) {
                int now = dispatcher.dispatchDue(100).delivered();
                if (now == 0) {
                    throw new IllegalStateException("Stalled after " + delivered + " messages");
                }
                delivered += now;
            }
            long outbox = System.nanoTime() - start;
            double directRate = rate(messages, baseline);
            double outboxRate = rate(messages, outbox);
            System.out.printf("%n| %d messages, %d tenants, %d cores, JDK %s | messages/s |%n|---|---|%n",
                    messages, tenants, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("| baseline: channel posts, no outbox | %.0f |%n", directRate);
            System.out.printf("| outbox: claim, post, record attempt | %.0f |%n", outboxRate);
            System.out.printf("| ratio outbox / baseline | %.2f |%n", outboxRate / directRate);
        }
    }

    private static double rate(int messages, long nanos) {
        return messages / (nanos / 1e9);
    }

    private static void warmUp(CorePorts ports, DispatchNotificationsUseCase dispatcher, NotificationChannelPort direct,
                               int tenants) {
        timeDirect(direct, 500);
        seed(ports, tenants, 500);
        while (dispatcher.dispatchDue(100).claimed() > 0) {
            continue;
        }
    }

    private static long timeDirect(NotificationChannelPort channel, int messages) {
        TenantId tenant = TenantId.of(UUID.randomUUID());
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            channel.deliver(new NotificationChannelPort.Delivery(UUID.randomUUID(), java.util.Optional.of(tenant), NotificationEvent.TEST,
                    Destination.of(ChannelKind.GROUPME, "bench"), new MessageContent("s", "message " + i),
                    Instant.now()));
        }
        return System.nanoTime() - start;
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
