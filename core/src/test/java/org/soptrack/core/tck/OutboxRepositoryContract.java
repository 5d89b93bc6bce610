package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code OutboxRepository} must do: unique event keys, due claims, the delivery log, tenant isolation. */
public abstract class OutboxRepositoryContract extends PortsContract {

    private static final DispatchPolicy POLICY = DispatchPolicy.DEFAULTS;

    private OutboxMessage message(TenantId tenant, Optional<RooftopId> rooftop, Instant at) {
        RaisedEvent event = new RaisedEvent(UUID.randomUUID(), tenant, NotificationEvent.SOP_CREATED,
                "created:" + UUID.randomUUID(), rooftop, at, Map.of("sop", "SOP 1", "a \"quoted\" fact", "é\n"));
        OutboxMessage message = OutboxMessage.create(UUID.randomUUID(), event, new Destination(ChannelKind.WEBHOOK,
                "https://hooks.example/x", Map.of(Destination.WEBHOOK_SECRET, "whsec_abc")),
                new MessageContent("subject", "body ✓"), Optional.empty(), at);
        run(tenant, () -> {
            assertThat(ports.outbox().recordEvent(tenant, event)).isTrue();
            ports.outbox().enqueue(tenant, message);
        });
        return message;
    }

    private OutboxMessage find(TenantId tenant, UUID id) {
        return in(tenant, () -> ports.outbox().find(tenant, id)).orElseThrow();
    }

    @Test
    void an_event_key_is_recorded_once_per_tenant() {
        TenantId a = seed().tenant();
        TenantId b = seed().tenant();
        RaisedEvent event = new RaisedEvent(UUID.randomUUID(), a, NotificationEvent.AGING_THRESHOLD_PASSED, "aging:1",
                Optional.empty(), TestData.T0, Map.of());
        assertThat(in(a, () -> ports.outbox().recordEvent(a, event))).isTrue();
        assertThat(in(a, () -> ports.outbox().recordEvent(a, new RaisedEvent(UUID.randomUUID(), a,
                NotificationEvent.AGING_THRESHOLD_PASSED, "aging:1", Optional.empty(), TestData.T0, Map.of()))))
                .isFalse();
        assertThat(in(b, () -> ports.outbox().recordEvent(b, new RaisedEvent(UUID.randomUUID(), b,
                NotificationEvent.AGING_THRESHOLD_PASSED, "aging:1", Optional.empty(), TestData.T0, Map.of()))))
                .as("another tenant's key is its own").isTrue();
        assertThat(in(a, () -> ports.outbox().recordedKeys(a, List.of("aging:1", "aging:2")))).containsOnly("aging:1");
        assertThat(in(a, () -> ports.outbox().recordedKeys(a, List.of()))).isEmpty();
    }

    @Test
    void a_customer_e_mail_keeps_its_unsubscribe_link() {
        Seed s = seed();
        RaisedEvent event = new RaisedEvent(UUID.randomUUID(), s.tenant(), NotificationEvent.SOP_BACKORDERED,
                "backordered:" + UUID.randomUUID(), Optional.of(s.rooftop()), TestData.T0, Map.of());
        OutboxMessage message = OutboxMessage.create(UUID.randomUUID(), event, Destination.of(ChannelKind.EMAIL,
                "casey@example.com"), new MessageContent("Part back-ordered", "Hello").withUnsubscribe(
                        java.net.URI.create("https://soptrack.example/unsubscribe?token=uns_x")),
                Optional.of(s.customer()), TestData.T0);
        run(s.tenant(), () -> {
            ports.outbox().recordEvent(s.tenant(), event);
            ports.outbox().enqueue(s.tenant(), message);
        });
        assertThat(find(s.tenant(), message.id()).state()).isEqualTo(message.state());
        assertThat(find(s.tenant(), message.id()).content().unsubscribe()).isPresent();
    }

    @Test
    void a_message_reads_back_as_written_and_a_stale_update_conflicts() {
        Seed s = seed();
        OutboxMessage written = message(s.tenant(), Optional.of(s.rooftop()), TestData.T0);
        OutboxMessage read = find(s.tenant(), written.id());
        assertThat(read.state()).isEqualTo(written.state());
        OutboxMessage stale = find(s.tenant(), written.id());
        read.claim(TestData.T0.plus(POLICY.lease()));
        assertThat(in(s.tenant(), () -> ports.outbox().update(s.tenant(), read))).isEqualTo(UpdateResult.UPDATED);
        stale.claim(TestData.T0.plus(Duration.ofHours(1)));
        assertThat(in(s.tenant(), () -> ports.outbox().update(s.tenant(), stale))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(find(s.tenant(), written.id()).state().nextAttemptAt()).isEqualTo(TestData.T0.plus(POLICY.lease()));
    }

    @Test
    void claims_return_due_pending_messages_oldest_first_up_to_the_limit() {
        TenantId t = seed().tenant();
        OutboxMessage older = message(t, Optional.empty(), TestData.at(Duration.ofMinutes(1)));
        OutboxMessage newer = message(t, Optional.empty(), TestData.at(Duration.ofMinutes(2)));
        message(t, Optional.empty(), TestData.at(Duration.ofMinutes(10)));
        OutboxMessage delivered = message(t, Optional.empty(), TestData.T0);
        run(t, () -> {
            OutboxMessage m = ports.outbox().find(t, delivered.id()).orElseThrow();
            m.record(new DeliveryResult.Delivered("ok"), TestData.T0, POLICY, new Random(1));
            ports.outbox().update(t, m);
        });
        Instant now = TestData.at(Duration.ofMinutes(5));
        assertThat(in(t, () -> ports.outbox().claimDue(t, now, 10))).extracting(OutboxMessage::id)
                .containsExactly(older.id(), newer.id());
        assertThat(in(t, () -> ports.outbox().claimDue(t, now, 1))).extracting(OutboxMessage::id)
                .containsExactly(older.id());
        assertThat(ports.tenants().withDueMessages(now, 1000)).contains(t);
        assertThat(ports.tenants().withDueMessages(TestData.T0.minusSeconds(1), 1000)).doesNotContain(t);
    }

    @Test
    void the_delivery_log_lists_attempts_in_order_and_pages_messages_newest_first() {
        Seed s = seed();
        RooftopId other = addRooftop(s.tenant(), "Other Rooftop");
        OutboxMessage first = message(s.tenant(), Optional.of(s.rooftop()), TestData.at(Duration.ofMinutes(1)));
        OutboxMessage second = message(s.tenant(), Optional.of(s.rooftop()), TestData.at(Duration.ofMinutes(2)));
        message(s.tenant(), Optional.of(other), TestData.at(Duration.ofMinutes(3)));
        run(s.tenant(), () -> {
            ports.outbox().addAttempt(s.tenant(), new DeliveryAttempt(first.id(), 1, TestData.at(Duration.ofMinutes(4)),
                    DeliveryAttempt.Outcome.TRANSIENT_FAILURE, "HTTP 503"));
            ports.outbox().addAttempt(s.tenant(), new DeliveryAttempt(first.id(), 2, TestData.at(Duration.ofMinutes(5)),
                    DeliveryAttempt.Outcome.DELIVERED, "ok"));
        });
        assertThat(in(s.tenant(), () -> ports.outbox().attempts(s.tenant(), first.id())))
                .extracting(DeliveryAttempt::number, DeliveryAttempt::detail)
                .containsExactly(tuple(1, "HTTP 503"),
                        tuple(2, "ok"));
        Page<OutboxMessage> page = in(s.tenant(), () -> ports.outbox().find(s.tenant(), new OutboxQuery(
                Optional.of(OutboxMessage.Status.PENDING), Optional.of(s.rooftop()), Optional.empty(), 1)));
        assertThat(page.items()).extracting(OutboxMessage::id).containsExactly(second.id());
        Page<OutboxMessage> next = in(s.tenant(), () -> ports.outbox().find(s.tenant(), new OutboxQuery(
                Optional.of(OutboxMessage.Status.PENDING), Optional.of(s.rooftop()), page.next(), 1)));
        assertThat(next.items()).extracting(OutboxMessage::id).containsExactly(first.id());
        assertThat(in(s.tenant(), () -> ports.outbox().find(s.tenant(), new OutboxQuery(
                Optional.of(OutboxMessage.Status.DEAD), Optional.empty(), Optional.empty(), 10))).items()).isEmpty();
    }

    @Test
    void another_tenant_finds_claims_leases_lists_and_updates_none_of_it() {
        TenantId owner = seed().tenant();
        TenantId stranger = seed().tenant();
        OutboxMessage m = message(owner, Optional.empty(), TestData.T0);
        Instant later = TestData.at(Duration.ofDays(1));
        assertThat(in(stranger, () -> ports.outbox().find(stranger, m.id()))).isEmpty();
        assertThat(in(stranger, () -> ports.outbox().claimDue(stranger, later, 100))).isEmpty();
        assertThat(in(stranger, () -> ports.outbox().leaseDue(stranger, later, 100, later.plus(POLICY.lease()))))
                .isEmpty();
        assertThat(in(stranger, () -> ports.outbox().find(stranger, new OutboxQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), 100))).items()).isEmpty();
        OutboxMessage theirs = find(owner, m.id());
        theirs.claim(later);
        assertThat(in(stranger, () -> ports.outbox().updateAll(stranger, List.of(theirs))))
                .containsExactly(UpdateResult.CONFLICT);
        assertThat(find(owner, m.id()).state().nextAttemptAt()).isEqualTo(TestData.T0);
        assertThat(in(owner, () -> ports.outbox().claimDue(owner, later, 100))).extracting(OutboxMessage::id)
                .containsExactly(m.id());
    }

    @Test
    void leases_take_due_messages_once_and_updates_of_a_chunk_apply_only_where_unchanged() {
        TenantId t = seed().tenant();
        OutboxMessage first = message(t, Optional.empty(), TestData.at(Duration.ofMinutes(1)));
        OutboxMessage second = message(t, Optional.empty(), TestData.at(Duration.ofMinutes(2)));
        OutboxMessage third = message(t, Optional.empty(), TestData.at(Duration.ofMinutes(3)));
        message(t, Optional.empty(), TestData.at(Duration.ofMinutes(10)));
        Instant now = TestData.at(Duration.ofMinutes(5));
        Instant until = now.plus(POLICY.lease());

        List<OutboxMessage> leased = in(t, () -> ports.outbox().leaseDue(t, now, 2, until));
        assertThat(leased).extracting(OutboxMessage::id).containsExactly(first.id(), second.id());
        assertThat(leased).allSatisfy(m -> assertThat(m.state().nextAttemptAt()).isEqualTo(until));
        assertThat(in(t, () -> ports.outbox().leaseDue(t, now, 10, until))).as("leased ones are no longer due")
                .extracting(OutboxMessage::id).containsExactly(third.id());

        OutboxMessage changedMeanwhile = find(t, second.id());
        changedMeanwhile.release(now);
        assertThat(in(t, () -> ports.outbox().update(t, changedMeanwhile))).isEqualTo(UpdateResult.UPDATED);
        leased.forEach(m -> m.record(new DeliveryResult.Delivered("ok"), now, POLICY, new Random(1)));
        assertThat(in(t, () -> ports.outbox().updateAll(t, leased)))
                .containsExactly(UpdateResult.UPDATED, UpdateResult.CONFLICT);
        assertThat(find(t, first.id()).status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(find(t, second.id()).status()).isEqualTo(OutboxMessage.Status.PENDING);

        run(t, () -> ports.outbox().addAttempts(t, List.of(
                new DeliveryAttempt(first.id(), 1, now, DeliveryAttempt.Outcome.DELIVERED, "ok"),
                new DeliveryAttempt(third.id(), 1, now, DeliveryAttempt.Outcome.TRANSIENT_FAILURE, "HTTP 503"))));
        assertThat(in(t, () -> ports.outbox().attempts(t, first.id()))).extracting(DeliveryAttempt::detail)
                .containsExactly("ok");
        assertThat(in(t, () -> ports.outbox().attempts(t, third.id()))).extracting(DeliveryAttempt::detail)
                .containsExactly("HTTP 503");
    }
}
