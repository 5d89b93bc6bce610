package org.soptrack.notify.webhook;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpDelivery;

/**
 * POSTs the event's JSON to the rooftop's URL, signed the Standard Webhooks way: {@code webhook-id} (the message id,
 * the same on every retry, so receivers can drop duplicates), {@code webhook-timestamp} (seconds since the epoch) and
 * {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 over {@code id.timestamp.body}).
 */
public final class WebhookChannel implements NotificationChannelPort {

    private final HttpDelivery http;
    private final Clock clock;

    public WebhookChannel(HttpDelivery http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        String secret = delivery.destination().credentials().get(Destination.WEBHOOK_SECRET);
        if (secret == null) {
            return new DeliveryResult.PermanentFailure("The webhook has no signing secret");
        }
        URI url;
        try {
            url = URI.create(delivery.destination().address());
        } catch (IllegalArgumentException e) {
            return new DeliveryResult.PermanentFailure("The webhook URL is not a URL");
        }
        String id = "msg_" + delivery.idempotencyKey();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String body = delivery.content().body();
        return http.post(url, "application/json", body, Map.of(
                "webhook-id", id,
                "webhook-timestamp", timestamp,
                "webhook-signature", WebhookSignature.sign(secret, id, timestamp, body)));
    }
}
