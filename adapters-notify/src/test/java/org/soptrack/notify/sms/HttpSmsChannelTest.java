package org.soptrack.notify.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpChannelContract;
import org.soptrack.notify.StubProvider;

/** SMS against a stub of a Twilio-shaped Messages API on loopback. */
class HttpSmsChannelTest extends HttpChannelContract {
    private static final HttpSmsChannel.Account ACCOUNT = new HttpSmsChannel.Account("AC123", "secret-token",
            "+15550001111");

    @Override
    protected NotificationChannelPort channelAt(URI baseUrl) {
        return new HttpSmsChannel(baseUrl, ACCOUNT, http);
    }

    @Override
    protected Destination destination() {
        return Destination.of(ChannelKind.SMS, "+15551234567");
    }

    @Override
    protected List<Received> received() {
        return provider.requests().stream().map(r -> new Received(Optional.ofNullable(r.header("I-Twilio-Idempotency-Token")),
                StubProvider.form(r.body()).get("Body"))).toList();
    }

    @Override
    protected void providerUnavailable() {
        provider.answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}");
    }

    @Override
    protected void providerRefuses() {
        provider.answer(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}");
    }

    @Override
    protected boolean passesIdempotencyKeys() {
        return true;
    }

    @Test
    void a_message_is_a_form_encoded_post_with_basic_auth_to_the_accounts_messages() {
        provider.answer(201, "{\"sid\":\"SM1\",\"status\":\"queued\"}");
        assertThat(channel().deliver(delivery("Parts are in"))).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(provider.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
            assertThat(r.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(r.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                    .encodeToString("AC123:secret-token".getBytes(StandardCharsets.UTF_8)));
            assertThat(StubProvider.form(r.body())).containsExactly(Map.entry("To", "+15551234567"),
                    Map.entry("From", "+15550001111"), Map.entry("Body", "Parts are in"));
        });
    }

    @Test
    void a_recipient_who_answered_stop_is_a_permanent_failure() {
        provider.answer(400, "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient\"}");
        assertThat(channel().deliver(delivery("Parts are in"))).isInstanceOf(DeliveryResult.PermanentFailure.class)
                .extracting(DeliveryResult::detail).asString().contains("21610");
    }

    @Test
    void an_organizations_own_account_replaces_the_deployments() {
        Destination own = new Destination(ChannelKind.SMS, "+15551234567",
                Map.of("accountId", "ACown", "token", "own-token", "from", "+15559990000"));
        channel().deliver(new NotificationChannelPort.Delivery(delivery("x").idempotencyKey(), delivery("x").tenant(),
                delivery("x").event(), own, delivery("x").content(), delivery("x").createdAt()));
        assertThat(provider.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/ACown/Messages.json");
            assertThat(StubProvider.form(r.body())).containsEntry("From", "+15559990000");
        });
    }
}
