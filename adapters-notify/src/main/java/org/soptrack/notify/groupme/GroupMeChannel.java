package org.soptrack.notify.groupme;

import java.net.URI;
import java.util.Map;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.JsonText;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpDelivery;
import org.soptrack.notify.MessageSplitter;
import org.soptrack.notify.Parts;

/**
 * Posts as a GroupMe bot: {@code POST /v3/bots/post} with {@code bot_id} (the destination's address) and {@code text}.
 * A text over 1000 characters goes as several posts, in order, split at line breaks or spaces, never cut. GroupMe
 * takes no idempotency key: a retry after a partial failure posts the earlier parts again.
 */
public final class GroupMeChannel implements NotificationChannelPort {

    private final URI postUrl;
    private final HttpDelivery http;
    private final MessageSplitter splitter = new MessageSplitter(ChannelKind.GROUPME.maxTextLength());

    /** {@code baseUrl} is {@code https://api.groupme.com} in production. */
    public GroupMeChannel(URI baseUrl, HttpDelivery http) {
        this.postUrl = baseUrl.resolve("/v3/bots/post");
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.GROUPME;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        return Parts.sendInOrder(splitter.split(delivery.content().body()), (i, part) -> http.post(postUrl,
                "application/json", "{\"bot_id\":" + JsonText.quote(delivery.destination().address()) + ",\"text\":"
                        + JsonText.quote(part) + "}", Map.of()));
    }
}
