package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.memory.RecordingChannel;
import org.soptrack.core.port.in.DispatchNotificationsUseCase;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.DispatchNotificationsService;
import org.soptrack.core.tck.TestData;

/**
 * Two dispatchers on one database, as two server instances would run: {@code FOR UPDATE SKIP LOCKED} and the lease
 * give every message to exactly one of them, and every tenant's messages go out under that tenant only.
 */
class OutboxDispatchIT {

    private static final int TENANTS = 3;
    private static final int PER_TENANT = 150;

    private final CorePorts ports = TestDatabase.get().ports();

    @Test
    void two_dispatchers_deliver_every_message_exactly_once() throws Exception {
        Set<UUID> written = new HashSet<>();
        List<TenantId> tenants = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            TenantId tenant = TestData.newTenant();
            tenants.add(tenant);
            ports.transactions().inTenant(tenant, () -> {
                ports.organizations().add(tenant, TestData.organization(tenant));
                for (int i = 0; i < PER_TENANT; i++) {
                    written.add(enqueue(tenant, i));
                }
                return null;
            });
        }
        RecordingChannel channel = new RecordingChannel(ChannelKind.GROUPME);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            DispatchNotificationsService dispatcher = new DispatchNotificationsService(ports, List.of(channel), DispatchPolicy.DEFAULTS,
                    new Random(d));
            runs.add(pool.submit(() -> drain(dispatcher)));
        }
        int claimed = 0;
        for (Future<Integer> run : runs) {
            claimed += run.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<NotificationChannelPort.Delivery> mine = channel.delivered().stream()
                .filter(d -> d.tenant().filter(tenants::contains).isPresent()).toList();
        assertThat(mine).hasSize(TENANTS * PER_TENANT);
        assertThat(mine.stream().map(NotificationChannelPort.Delivery::idempotencyKey).collect(Collectors.toSet()))
                .as("no message sent twice").hasSize(TENANTS * PER_TENANT).isEqualTo(written);
        assertThat(claimed).isGreaterThanOrEqualTo(TENANTS * PER_TENANT);
        assertThat(mine).allSatisfy(d -> assertThat(d.content().body()).startsWith(d.tenant().orElseThrow().value().toString()));
        for (TenantId tenant : tenants) {
            assertThat(ports.transactions().inTenant(tenant, () -> ports.outbox().claimDue(tenant,
                    Instant.now().plusSeconds(3600), 10))).as("everything settled").isEmpty();
        }
    }

    private UUID enqueue(TenantId tenant, int i) {
        RaisedEvent event = new RaisedEvent(UUID.randomUUID(), tenant, NotificationEvent.TEST, "load:" + i,
                Optional.empty(), Instant.now(), Map.of());
        OutboxMessage message = OutboxMessage.create(UUID.randomUUID(), event,
                Destination.of(ChannelKind.GROUPME, "bot1"), new MessageContent("s", tenant.value() + " #" + i),
                Optional.empty(), Instant.now());
        ports.outbox().recordEvent(tenant, event);
        ports.outbox().enqueue(tenant, message);
        return message.id();
    }

    /** Dispatches in small batches until a pass finds nothing due; returns how many it claimed. */
    private static int drain(DispatchNotificationsUseCase dispatcher) {
        int total = 0;
        for (int idle = 0; idle < 3; ) {
            int claimed = dispatcher.dispatchDue(20).claimed();
            total += claimed;
            idle = claimed == 0 ? idle + 1 : 0;
        }
        return total;
    }
}
