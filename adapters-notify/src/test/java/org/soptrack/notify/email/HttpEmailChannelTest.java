package org.soptrack.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpChannelContract;
import org.soptrack.notify.StubProvider;

/** E-mail through a stub HTTP e-mail API on loopback. */
class HttpEmailChannelTest extends HttpChannelContract {
    private final HttpEmailChannel.Account account = new HttpEmailChannel.Account("re_test_key",
            "soptrack <notify@dealer.example>");

    @Override
    protected NotificationChannelPort channelAt(URI baseUrl) {
        return new HttpEmailChannel(baseUrl, account, http);
    }

    @Override
    protected Destination destination() {
        return Destination.of(ChannelKind.EMAIL, "parts@dealer.example");
    }

    @Override
    protected List<Received> received() {
        return provider.requests().stream().map(r -> new Received(Optional.ofNullable(r.header("Idempotency-Key")),
                StubProvider.jsonField(r.body(), "text"))).toList();
    }

    @Override
    protected void providerUnavailable() {
        provider.answer(500, "{\"message\":\"internal error\"}");
    }

    @Override
    protected void providerRefuses() {
        provider.answer(422, "{\"message\":\"Invalid `to` field\"}");
    }

    @Override
    protected boolean passesIdempotencyKeys() {
        return true;
    }

    @Test
    void a_message_is_a_json_post_with_the_key_and_every_field() {
        channel().deliver(delivery("Line one\nLine \"two\""));
        assertThat(provider.requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/emails");
            assertThat(r.header("Authorization")).isEqualTo("Bearer re_test_key");
            assertThat(r.body()).isEqualTo("{\"from\":\"soptrack <notify@dealer.example>\","
                    + "\"to\":[\"parts@dealer.example\"],\"subject\":\"soptrack test\","
                    + "\"text\":\"Line one\\nLine \\\"two\\\"\"}");
        });
    }

    @Test
    void a_message_answered_elsewhere_asks_the_provider_for_a_reply_to_header() {
        NotificationChannelPort.Delivery plain = delivery("A demo request arrived");
        channel().deliver(new NotificationChannelPort.Delivery(plain.idempotencyKey(), plain.tenant(), plain.event(),
                plain.destination(), plain.content().withReplyTo(Email.of("dana@dealer.example")),
                plain.createdAt()));
        assertThat(provider.requests()).singleElement().satisfies(r -> assertThat(r.body()).endsWith(
                ",\"headers\":{\"Reply-To\":\"dana@dealer.example\"}}"));
    }

    @Test
    void a_customer_e_mail_asks_the_provider_for_the_one_click_unsubscribe_headers() {
        NotificationChannelPort.Delivery plain = delivery("Your part is back-ordered");
        channel().deliver(new NotificationChannelPort.Delivery(plain.idempotencyKey(), plain.tenant(), plain.event(),
                plain.destination(), plain.content().withUnsubscribe(URI.create(
                        "https://soptrack.example/unsubscribe?token=uns_abc")), plain.createdAt()));
        assertThat(provider.requests()).singleElement().satisfies(r -> assertThat(r.body()).endsWith(
                ",\"headers\":{\"List-Unsubscribe\":\"<https://soptrack.example/unsubscribe?token=uns_abc>\","
                        + "\"List-Unsubscribe-Post\":\"List-Unsubscribe=One-Click\"}}"));
    }
}
