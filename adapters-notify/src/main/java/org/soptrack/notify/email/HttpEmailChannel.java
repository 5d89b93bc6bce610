package org.soptrack.notify.email;

import java.net.URI;
import java.util.Map;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.JsonText;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpDelivery;

/**
 * E-mail through an HTTP API of the common shape (Resend's, for one): {@code POST /emails} with a JSON body of
 * {@code from}, {@code to}, {@code subject} and {@code text}, a bearer API key, and an {@code Idempotency-Key} header
 * so that the provider sends a re-sent message once. An organization's own key ({@code apiKey}, {@code from})
 * replaces the deployment's.
 */
public final class HttpEmailChannel implements NotificationChannelPort {

    /** The deployment's account with the provider. */
    public record Account(String apiKey, String from) {
        public Account {
            if (apiKey == null || apiKey.isBlank() || from == null || from.isBlank()) {
                throw new IllegalArgumentException("An e-mail API account needs a key and a sender");
            }
        }

        @Override
        public String toString() {
            return "Account[from " + from + "]";
        }
    }

    private final URI sendUrl;
    private final Account account;
    private final HttpDelivery http;

    public HttpEmailChannel(URI baseUrl, Account account, HttpDelivery http) {
        this.sendUrl = baseUrl.resolve("/emails");
        this.account = account;
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Map<String, String> own = delivery.destination().credentials();
        Account use = own.containsKey("apiKey") ? new Account(own.get("apiKey"), own.getOrDefault("from", account.from()))
                : account;
        String body = "{\"from\":" + JsonText.quote(use.from())
                + ",\"to\":[" + JsonText.quote(delivery.destination().address()) + "]"
                + ",\"subject\":" + JsonText.quote(delivery.content().subject())
                + ",\"text\":" + JsonText.quote(delivery.content().body())
                + headers(MailHeaders.of(delivery.content())) + "}";
        return http.post(sendUrl, "application/json", body, Map.of(
                "Authorization", "Bearer " + use.apiKey(),
                "Idempotency-Key", delivery.idempotencyKey().toString()));
    }

    /** The e-mail's own headers as the API's {@code headers} object; nothing when there are none. */
    private static String headers(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return "";
        }
        StringBuilder json = new StringBuilder(",\"headers\":{");
        headers.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                .append(JsonText.quote(name)).append(':').append(JsonText.quote(value)));
        return json.append('}').toString();
    }
}
