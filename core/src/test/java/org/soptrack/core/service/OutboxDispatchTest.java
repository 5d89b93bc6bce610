package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.memory.RecordingChannel;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.NotificationChannelPort;

/** Delivery at least once, with backoff, dead letters, retry and leases (R-NOT-4), on a fake clock. */
class OutboxDispatchTest {

    private final NotifyFixture n = new NotifyFixture();
    private final CoreFixture f = n.f;
    private final CoreFixture.Org org = f.signUp("Acme Motors");

    @BeforeEach
    void oneGroupMeMessage() {
        n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(NotificationEvent.SOP_CREATED,
                Set.of(ChannelKind.GROUPME)), Set.of()));
        f.create(org.owner(), org.rooftop(), f.customer(org.owner()), "RO-1").orElseThrow();
    }

    private DeliveryLogUseCase.Entry groupMeEntry() {
        return n.log(org.owner()).stream().filter(e -> e.message().destination().kind() == ChannelKind.GROUPME)
                .findFirst().orElseThrow();
    }

    @Test
    void a_provider_down_for_a_while_gets_the_message_exactly_once_when_it_is_back() {
        n.groupMe.thenFail(3, new DeliveryResult.TransientFailure("HTTP 503"));
        for (int i = 0; i < 4; i++) {
            n.dispatcher.dispatchDue(100);
            assertThat(n.dispatcher.dispatchDue(100).claimed()).as("nothing is due before its backoff ends").isZero();
            f.clock.advance(Duration.ofHours(1));
        }
        UUID key = groupMeEntry().message().id();
        assertThat(n.groupMe.receivedTimes(key)).isEqualTo(1);
        assertThat(groupMeEntry().message().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(groupMeEntry().attempts()).extracting(DeliveryAttempt::outcome).containsExactly(
                DeliveryAttempt.Outcome.TRANSIENT_FAILURE, DeliveryAttempt.Outcome.TRANSIENT_FAILURE,
                DeliveryAttempt.Outcome.TRANSIENT_FAILURE, DeliveryAttempt.Outcome.DELIVERED);
        assertThat(n.groupMe.tried()).extracting(d -> d.idempotencyKey()).containsOnly(key);
    }

    @Test
    void backoff_grows_between_attempts_and_waits_at_least_half_the_delay() {
        n.groupMe.thenFail(2, new DeliveryResult.TransientFailure("timeout"));
        n.dispatcher.dispatchDue(100);
        f.clock.advance(Duration.ofSeconds(14));
        assertThat(n.dispatcher.dispatchDue(100).claimed()).as("first delay is 15-30 s").isZero();
        f.clock.advance(Duration.ofSeconds(16));
        assertThat(n.dispatcher.dispatchDue(100).claimed()).isEqualTo(1);
        f.clock.advance(Duration.ofSeconds(29));
        assertThat(n.dispatcher.dispatchDue(100).claimed()).as("second delay is 30-60 s").isZero();
        f.clock.advance(Duration.ofSeconds(31));
        assertThat(n.dispatcher.dispatchDue(100).delivered()).isEqualTo(1);
    }

    @Test
    void a_permanent_failure_is_a_dead_letter_at_once_and_an_admin_retry_delivers_it() {
        n.groupMe.thenFail(1, new DeliveryResult.PermanentFailure("HTTP 404 unknown bot"));
        assertThat(n.dispatcher.dispatchDue(100).dead()).isEqualTo(1);
        DeliveryLogUseCase.Entry dead = groupMeEntry();
        assertThat(dead.message().status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(dead.message().state().lastError()).contains("HTTP 404 unknown bot");
        f.clock.advance(Duration.ofDays(1));
        assertThat(n.dispatcher.dispatchDue(100).claimed()).as("a dead letter is not retried by itself").isZero();

        assertThat(f.core.notifications().deliveryLog().retry(org.owner(), dead.message().id()).isOk()).isTrue();
        assertThat(f.core.notifications().deliveryLog().retry(org.owner(), dead.message().id()))
                .isInstanceOf(Outcome.Rejected.class);
        assertThat(n.dispatcher.dispatchDue(100).delivered()).isEqualTo(1);
        assertThat(groupMeEntry().attempts()).hasSize(2);
        assertThat(f.audit(org, AuditAction.NOTIFICATION_RETRIED)).hasSize(1);
    }

    @Test
    void after_the_last_attempt_the_message_is_dead() {
        n.groupMe.thenFail(NotifyFixture.POLICY.maxAttempts(), new DeliveryResult.TransientFailure("HTTP 500"));
        for (int i = 0; i < NotifyFixture.POLICY.maxAttempts() + 2; i++) {
            n.dispatcher.dispatchDue(100);
            f.clock.advance(NotifyFixture.POLICY.maxDelay());
        }
        assertThat(groupMeEntry().message().status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(groupMeEntry().attempts()).hasSize(NotifyFixture.POLICY.maxAttempts());
        assertThat(n.groupMe.delivered()).isEmpty();
    }

    @Test
    void a_crash_between_send_and_record_resends_under_the_same_key_once_the_lease_ends() {
        n.groupMe.crashAfterNextSend();
        assertThatThrownBy(() -> n.dispatcher.dispatchDue(100)).isInstanceOf(RecordingChannel.Crash.class);
        assertThat(n.dispatcher.dispatchDue(100).claimed()).as("leased to the dead dispatcher").isZero();
        f.clock.advance(NotifyFixture.POLICY.lease());
        n.dispatcher.dispatchDue(100);
        assertThat(groupMeEntry().message().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        UUID key = groupMeEntry().message().id();
        assertThat(n.groupMe.receivedTimes(key)).as("at least once, same idempotency key").isEqualTo(2);
        assertThat(groupMeEntry().attempts()).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED));
    }

    @Test
    void a_message_for_a_channel_nobody_set_up_is_a_dead_letter_not_a_loop() {
        DispatchNotificationsService noGroupMe = new DispatchNotificationsService(f.ports, List.of(n.email), NotifyFixture.POLICY,
                new Random(1));
        noGroupMe.dispatchDue(100);
        assertThat(groupMeEntry().message().status()).isEqualTo(OutboxMessage.Status.DEAD);
        assertThat(groupMeEntry().message().state().lastError()).get().asString().contains("No GROUPME channel");
    }

    /** Every delivery any channel was handed, in order. */
    private List<UUID> sent() {
        return java.util.stream.Stream.of(n.email, n.groupMe, n.sms, n.webhook)
                .flatMap(c -> c.tried().stream()).map(d -> d.idempotencyKey()).toList();
    }

    private long pending() {
        return n.log(org.owner()).stream().filter(e -> e.message().status() == OutboxMessage.Status.PENDING).count();
    }

    @Test
    void a_dispatcher_told_to_stop_finishes_its_send_and_gives_the_rest_back_at_once() {
        f.create(org.owner(), org.rooftop(), f.customer(org.owner()), "RO-2").orElseThrow();
        f.create(org.owner(), org.rooftop(), f.customer(org.owner()), "RO-3").orElseThrow();
        int due = (int) pending();
        assertThat(due).isGreaterThanOrEqualTo(3);

        var stopped = n.dispatcher.dispatchDue(100, () -> sent().size() >= 1);
        assertThat(stopped.claimed()).isEqualTo(due);
        assertThat(stopped.delivered()).as("the send under way when the stop came").isEqualTo(1);
        assertThat(stopped.released()).isEqualTo(due - 1);
        assertThat(sent()).hasSize(1);
        List<DeliveryLogUseCase.Entry> waiting = n.log(org.owner()).stream()
                .filter(e -> e.message().status() == OutboxMessage.Status.PENDING).toList();
        assertThat(waiting).hasSize(due - 1).allSatisfy(e -> {
            assertThat(e.attempts()).as("giving a lease back is no attempt").isEmpty();
            assertThat(e.message().state().nextAttemptAt()).as("due again now").isEqualTo(f.clock.now());
        });

        var next = n.dispatcher.dispatchDue(100);
        assertThat(next.delivered()).as("another dispatcher sends them without waiting for a lease").isEqualTo(due - 1);
        assertThat(sent()).doesNotHaveDuplicates().hasSize(due);
    }

    @Test
    void a_dispatcher_stopped_before_it_starts_claims_nothing() {
        long due = pending();
        var report = n.dispatcher.dispatchDue(100, () -> true);
        assertThat(report.claimed()).isZero();
        assertThat(sent()).isEmpty();
        assertThat(n.dispatcher.dispatchDue(100).delivered()).isEqualTo(due).isPositive();
    }

    /** A GroupMe channel whose sends wait until {@code together} of them are under way at once. */
    private static final class TogetherChannel implements NotificationChannelPort {
        private final java.util.concurrent.CountDownLatch together;
        private final List<UUID> keys = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        TogetherChannel(int together) {
            this.together = new java.util.concurrent.CountDownLatch(together);
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.GROUPME;
        }

        @Override
        public DeliveryResult deliver(Delivery delivery) {
            keys.add(delivery.idempotencyKey());
            together.countDown();
            try {
                return together.await(10, java.util.concurrent.TimeUnit.SECONDS)
                        ? new DeliveryResult.Delivered("ok") : new DeliveryResult.TransientFailure("sent alone");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new DeliveryResult.TransientFailure("interrupted");
            }
        }
    }

    @Test
    void with_several_in_flight_a_chunk_is_sent_at_once_and_each_message_once() {
        n.dispatcher.dispatchDue(100);
        for (int i = 1; i <= 8; i++) {
            f.create(org.owner(), org.rooftop(), f.customer(org.owner()), "RO-" + i).orElseThrow();
        }
        TogetherChannel groupMe = new TogetherChannel(4);
        DispatchNotificationsService parallel = new DispatchNotificationsService(f.ports,
                List.of(n.email, groupMe, n.sms, n.webhook), NotifyFixture.POLICY, new Random(1), 4);
        long due = pending();
        assertThat(due).as("eight GroupMe messages, nothing else").isEqualTo(8);

        var report = parallel.dispatchDue(100);
        assertThat(report.claimed()).isEqualTo(due);
        assertThat(n.log(org.owner()).stream().filter(e -> e.message().destination().kind() == ChannelKind.GROUPME))
                .as("four GroupMe sends under way together, else they would have failed")
                .allSatisfy(e -> assertThat(e.message().status()).isEqualTo(OutboxMessage.Status.DELIVERED));
        assertThat(groupMe.keys).doesNotHaveDuplicates().hasSize(8);
        assertThat(pending()).isZero();
    }

    @Test
    void organizations_are_served_at_once_and_a_pass_stays_within_its_budget() {
        CoreFixture.Org other = f.signUp("Other Motors");
        n.save(other.owner(), NotifyFixture.settings(other.rooftop(), Map.of(NotificationEvent.SOP_CREATED,
                Set.of(ChannelKind.GROUPME)), Set.of()));
        n.dispatcher.dispatchDue(100);
        for (int i = 1; i <= 3; i++) {
            f.create(org.owner(), org.rooftop(), f.customer(org.owner()), "RO-A" + i).orElseThrow();
            f.create(other.owner(), other.rooftop(), f.customer(other.owner()), "RO-B" + i).orElseThrow();
        }
        DispatchNotificationsService parallel = new DispatchNotificationsService(f.ports,
                List.of(n.email, n.groupMe, n.sms, n.webhook), NotifyFixture.POLICY, new Random(1), 2, 2);

        var small = parallel.dispatchDue(4);
        assertThat(small.claimed()).as("half of the pass each").isEqualTo(4);
        var rest = parallel.dispatchDue(100);
        assertThat(rest.delivered()).isEqualTo(2);
        assertThat(small.delivered() + rest.delivered()).isEqualTo(6);
        assertThat(n.groupMe.tried()).extracting(d -> d.idempotencyKey()).doesNotHaveDuplicates();
        assertThat(n.groupMe.tried().stream().map(d -> d.tenant().orElseThrow()).distinct()).hasSize(2);
    }
}
