package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * One way of sending a message (e-mail, GroupMe, SMS, webhook, or a contributor's own). A channel makes one attempt
 * and says how it went; it never retries, never throws for a provider's answer, and never touches the database. It
 * passes {@link Delivery#idempotencyKey()} to providers that deduplicate, so a re-send after a crash is dropped there.
 */
public interface NotificationChannelPort {

    ChannelKind kind();

    DeliveryResult deliver(Delivery delivery);

    /** One message to send now; {@code tenant} is empty for the platform's own messages (to its operators). */
    record Delivery(UUID idempotencyKey, Optional<TenantId> tenant, NotificationEvent event, Destination destination,
                    MessageContent content, Instant createdAt) {
        public Delivery {
            Require.present("idempotencyKey", idempotencyKey);
            Require.present("tenant", tenant);
            Require.present("event", event);
            Require.present("destination", destination);
            Require.present("content", content);
            Require.present("createdAt", createdAt);
        }
    }
}
