package org.soptrack.notify.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpDelivery;

/**
 * POSTs the event's JSON to the rooftop's URL, signed the Standard Webhooks way: {@code webhook-id} (the message id,
 * the same on every retry, so receivers can drop duplicates), {@code webhook-timestamp} (seconds since the epoch) and
 * {@code webhook-signature} ({@code v1,} + base64 HMAC-SHA256 over {@code id.timestamp.body}).
 *
 * <p>Staff choose the URL, so the connection is guarded (R-SEC-9): Apache HttpClient resolves the host through
 * {@link WebhookTargets}, which refuses non-public addresses, and connects to the very addresses it checked, so a
 * name that resolves elsewhere since it was saved gets nowhere; redirects are not followed (a 3xx is a permanent
 * failure). A refused address is a permanent failure, which an administrator sees in the delivery log.
 */
public final class WebhookChannel implements NotificationChannelPort, AutoCloseable {

    private static final int MAX_ANSWER_CHARACTERS = 4096;

    private final WebhookTargets targets;
    private final CloseableHttpClient client;
    private final Clock clock;

    public WebhookChannel(WebhookTargets targets, Duration timeout, Clock clock) {
        this.targets = targets;
        this.clock = clock;
        Timeout limit = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDns(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit)
                                .setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("soptrack-notify")
                .build();
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
        Optional<String> refused = targets.refusalOfShape(url);
        if (refused.isPresent()) {
            return new DeliveryResult.PermanentFailure("The webhook URL " + refused.get());
        }
        String id = "msg_" + delivery.idempotencyKey();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String body = delivery.content().body();
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        Map.of("webhook-id", id, "webhook-timestamp", timestamp,
                "webhook-signature", WebhookSignature.sign(secret, id, timestamp, body)).forEach(post::setHeader);
        try {
            return client.execute(post, response -> HttpDelivery.classify(response.getCode(),
                    response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(),
                            MAX_ANSWER_CHARACTERS)));
        } catch (WebhookTargets.RefusedAddress e) {
            return new DeliveryResult.PermanentFailure("The webhook URL " + e.getMessage());
        } catch (IOException e) {
            return new DeliveryResult.TransientFailure("Could not reach " + url.getHost() + ": "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** The client's resolver: only addresses {@link WebhookTargets} allows, and exactly those are connected to. */
    private record GuardedDns(WebhookTargets targets) implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return targets.addresses(host);
        }

        /** Only for Kerberos, which webhooks do not use; the name as given, with no reverse lookup. */
        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            resolve(host);
            return host;
        }
    }
}
