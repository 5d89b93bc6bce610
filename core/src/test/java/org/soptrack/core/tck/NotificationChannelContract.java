package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.NotificationChannelPort;

/**
 * What every notification channel must do, against a stub of its provider on loopback: deliver the text whole (split
 * in order where the channel has a limit, never cut), say "transient" for a provider that is down or overloaded and
 * "permanent" for one that refuses, never throw, and send the same idempotency key when a message is sent again.
 * A contributor's channel extends this with its own stub.
 */
public abstract class NotificationChannelContract {

    /** What the stub provider received for one request: the idempotency key it carried, if any, and the text. */
    public record Received(Optional<String> idempotencyKey, String text) {
    }

    /** The channel under test, pointed at the stub. */
    protected abstract NotificationChannelPort channel();

    /** The same channel pointed at a port where nothing listens. */
    protected abstract NotificationChannelPort unreachableChannel();

    /** A destination the stub accepts. */
    protected abstract Destination destination();

    /** Every request the stub received since the test began, in order. */
    protected abstract List<Received> received();

    /** From now on the stub answers as a provider that is overloaded or down for a while (a 503, say). */
    protected abstract void providerUnavailable();

    /** From now on the stub refuses the message for good (a 400 or 404, an unknown or blocked recipient). */
    protected abstract void providerRefuses();

    /** Whether the provider takes an idempotency key (GroupMe, for one, does not). */
    protected abstract boolean passesIdempotencyKeys();

    protected NotificationChannelPort.Delivery delivery(String text) {
        return new NotificationChannelPort.Delivery(UUID.randomUUID(), Optional.of(TenantId.of(UUID.randomUUID())),
                NotificationEvent.TEST, destination(), new MessageContent("soptrack test", text),
                Instant.parse("2026-03-02T14:00:00Z"));
    }

    @Test
    void a_message_arrives_with_its_text() {
        String text = "Part received: SOP " + UUID.randomUUID() + " — ünïcödé ✓";
        assertThat(channel().deliver(delivery(text))).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(received()).extracting(Received::text).singleElement().asString().contains(text);
    }

    @Test
    void a_long_message_arrives_whole_and_in_order_in_parts_within_the_channels_limit() {
        int limit = channel().kind().maxTextLength();
        int length = limit == Integer.MAX_VALUE ? 5000 : limit * 2 + limit / 2;
        String text = IntStream.range(0, length).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))
                .substring(0, length);
        assertThat(channel().deliver(delivery(text))).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(received()).allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(limit));
        assertThat(received().stream().map(Received::text).collect(Collectors.joining())).contains(text);
    }

    @Test
    void a_provider_that_is_down_or_overloaded_is_a_transient_failure() {
        providerUnavailable();
        assertThat(channel().deliver(delivery("hello"))).isInstanceOf(DeliveryResult.TransientFailure.class);
    }

    @Test
    void a_provider_that_refuses_is_a_permanent_failure() {
        providerRefuses();
        assertThat(channel().deliver(delivery("hello"))).isInstanceOf(DeliveryResult.PermanentFailure.class);
    }

    @Test
    void an_unreachable_provider_is_a_transient_failure_not_an_exception() {
        assertThat(unreachableChannel().deliver(delivery("hello"))).isInstanceOf(DeliveryResult.TransientFailure.class);
    }

    @Test
    void a_message_sent_again_carries_the_same_idempotency_key() {
        NotificationChannelPort.Delivery once = delivery("twice");
        channel().deliver(once);
        channel().deliver(once);
        List<Optional<String>> keys = received().stream().map(Received::idempotencyKey).toList();
        assertThat(keys).hasSize(2);
        if (passesIdempotencyKeys()) {
            assertThat(keys.get(0)).isPresent().isEqualTo(keys.get(1));
            assertThat(keys.get(0).orElseThrow()).contains(once.idempotencyKey().toString());
        }
    }
}
