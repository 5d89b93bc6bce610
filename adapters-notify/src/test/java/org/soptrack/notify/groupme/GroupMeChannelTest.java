package org.soptrack.notify.groupme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpChannelContract;
import org.soptrack.notify.StubProvider;

/** GroupMe bot posts against a stub of {@code api.groupme.com} on loopback. */
class GroupMeChannelTest extends HttpChannelContract {

    @Override
    protected NotificationChannelPort channelAt(URI baseUrl) {
        return new GroupMeChannel(baseUrl, http);
    }

    @Override
    protected Destination destination() {
        return Destination.of(ChannelKind.GROUPME, "bot42");
    }

    @Override
    protected List<Received> received() {
        return provider.requests().stream()
                .map(r -> new Received(Optional.empty(), StubProvider.jsonField(r.body(), "text"))).toList();
    }

    @Override
    protected void providerUnavailable() {
        provider.answer(503, "");
    }

    @Override
    protected void providerRefuses() {
        provider.answer(404, "{\"meta\":{\"code\":404,\"errors\":[\"not found\"]}}");
    }

    @Override
    protected boolean passesIdempotencyKeys() {
        return false;
    }

    @Test
    void a_post_is_the_exact_request_groupme_documents() {
        provider.answer(202, "");
        channel().deliver(delivery("Part received"));
        assertThat(provider.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v3/bots/post");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.body()).isEqualTo("{\"bot_id\":\"bot42\",\"text\":\"Part received\"}");
        });
    }

    @Test
    void a_3500_character_message_goes_as_four_posts_of_at_most_1000_characters_in_order() {
        String text = "x".repeat(999) + " " + "y".repeat(999) + " " + "z".repeat(1499);
        channel().deliver(delivery(text));
        List<String> posts = received().stream().map(Received::text).toList();
        assertThat(posts).hasSize(4).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(1000));
        assertThat(String.join("", posts)).isEqualTo(text);
    }
}
