package org.soptrack.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.tck.NotificationChannelContract;
import org.soptrack.notify.StubProvider;

/** Signed webhooks against a receiver on loopback that checks signatures with its own HMAC code. */
class WebhookChannelTest extends NotificationChannelContract {

    private static final String SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("a receiver's shared secret".getBytes(StandardCharsets.UTF_8));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T14:00:05Z"), ZoneOffset.UTC);

    /** The receivers of these tests listen on loopback over plain HTTP, which a development deployment allows. */
    private static final WebhookTargets.Policy DEVELOPMENT = new WebhookTargets.Policy(true, true);

    private final StubProvider receiver = new StubProvider();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static WebhookChannel channel(WebhookTargets.Policy policy, WebhookTargets.Resolver resolver) {
        return new WebhookChannel(new WebhookTargets(policy, resolver), Duration.ofSeconds(5), CLOCK);
    }

    @Override
    protected NotificationChannelPort channel() {
        return channel(DEVELOPMENT, WebhookTargets.Resolver.system());
    }

    @Override
    protected NotificationChannelPort unreachableChannel() {
        NotificationChannelPort real = channel();
        return new NotificationChannelPort() {
            @Override
            public ChannelKind kind() {
                return real.kind();
            }

            @Override
            public DeliveryResult deliver(Delivery d) {
                return real.deliver(new Delivery(d.idempotencyKey(), d.tenant(), d.event(), new Destination(
                        ChannelKind.WEBHOOK, StubProvider.nowhere() + "/hooks", d.destination().credentials()),
                        d.content(), d.createdAt()));
            }
        };
    }

    @Override
    protected Destination destination() {
        return new Destination(ChannelKind.WEBHOOK, receiver.url() + "/hooks/soptrack",
                Map.of(Destination.WEBHOOK_SECRET, SECRET));
    }

    @Override
    protected List<Received> received() {
        return receiver.requests().stream().map(r -> new Received(Optional.ofNullable(r.header("webhook-id")), r.body()))
                .toList();
    }

    @Override
    protected void providerUnavailable() {
        receiver.answer(502, "bad gateway");
    }

    @Override
    protected void providerRefuses() {
        receiver.answer(410, "gone");
    }

    @Override
    protected boolean passesIdempotencyKeys() {
        return true;
    }

    @Test
    void every_request_carries_id_timestamp_and_a_signature_the_receiver_can_verify() {
        String body = "{\"type\":\"sop.received\",\"data\":{\"ro\":\"RO-1\"}}";
        channel().deliver(delivery(body));
        StubProvider.Request r = receiver.requests().get(0);
        assertThat(r.path()).isEqualTo("/hooks/soptrack");
        assertThat(r.header("webhook-id")).startsWith("msg_");
        assertThat(r.header("webhook-timestamp")).isEqualTo("1772460005");
        byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
        String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
        assertThat(r.header("webhook-signature")).isEqualTo("v1," + Base64.getEncoder().encodeToString(
                hmacSha256(key, signed.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.body()).isEqualTo(body);
    }

    @Test
    void by_default_a_receiver_on_loopback_is_refused_without_a_connection() {
        WebhookChannel strict = channel(WebhookTargets.Policy.publicHttpsOnly(), WebhookTargets.Resolver.system());
        assertThat(strict.deliver(delivery("{}"))).isInstanceOf(DeliveryResult.PermanentFailure.class)
                .extracting(Object::toString).asString().contains("https");
        WebhookChannel httpAllowed = channel(new WebhookTargets.Policy(true, false), WebhookTargets.Resolver.system());
        assertThat(httpAllowed.deliver(delivery("{}"))).isInstanceOf(DeliveryResult.PermanentFailure.class)
                .extracting(Object::toString).asString().contains("not public");
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void a_name_that_resolves_elsewhere_since_it_was_checked_gets_no_connection() {
        InetAddress[] publicAddress = {address("93.184.216.34")};
        InetAddress[] loopback = {InetAddress.getLoopbackAddress()};
        AtomicInteger lookups = new AtomicInteger();
        WebhookTargets.Resolver rebinding = host -> lookups.getAndIncrement() == 0 ? publicAddress : loopback;
        WebhookTargets targets = new WebhookTargets(new WebhookTargets.Policy(true, false), rebinding);
        URI url = URI.create("http://hooks.example:" + receiver.url().getPort() + "/hooks");
        assertThat(targets.refusal(url)).as("checked when saved: public").isEmpty();
        WebhookChannel channel = new WebhookChannel(targets, Duration.ofSeconds(5), CLOCK);
        var result = channel.deliver(delivery("{}", url.toString()));
        assertThat(result).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(lookups).hasValue(2);
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void a_redirect_is_not_followed() {
        receiver.answer(307, "", Map.of("Location", receiver.url() + "/elsewhere"));
        assertThat(channel().deliver(delivery("{}"))).isInstanceOf(DeliveryResult.PermanentFailure.class);
        assertThat(receiver.requests()).extracting(StubProvider.Request::path).containsExactly("/hooks/soptrack");
    }

    private NotificationChannelPort.Delivery delivery(String body, String url) {
        NotificationChannelPort.Delivery d = delivery(body);
        return new NotificationChannelPort.Delivery(d.idempotencyKey(), d.tenant(), d.event(),
                new Destination(ChannelKind.WEBHOOK, url, d.destination().credentials()), d.content(), d.createdAt());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_receivers_hmac_matches_rfc_4231() {
        assertThat(HexFormat.of().formatHex(hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    /** HMAC written out from RFC 2104 over plain SHA-256, independent of {@code javax.crypto.Mac}. */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[64];
            byte[] k = key.length > 64 ? sha.digest(key) : key;
            System.arraycopy(k, 0, block, 0, k.length);
            byte[] inner = new byte[64];
            byte[] outer = new byte[64];
            for (int i = 0; i < 64; i++) {
                inner[i] = (byte) (block[i] ^ 0x36);
                outer[i] = (byte) (block[i] ^ 0x5c);
            }
            sha.update(inner);
            byte[] innerHash = sha.digest(message);
            sha.update(outer);
            return sha.digest(innerHash);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
