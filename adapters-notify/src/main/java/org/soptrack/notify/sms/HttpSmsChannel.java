package org.soptrack.notify.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.notify.HttpDelivery;
import org.soptrack.notify.MessageSplitter;
import org.soptrack.notify.Parts;

/**
 * SMS through an HTTP API in the shape Twilio's Messages resource has: a form-encoded {@code POST
 * /2010-04-01/Accounts/{account}/Messages.json} with {@code To}, {@code From} and {@code Body}, HTTP Basic auth with
 * the account and its token, and an idempotency token header per part. A text over 1600 characters goes as several
 * messages in order. A recipient who answered STOP is refused with a 4xx (Twilio: 400, code 21610): a permanent
 * failure. An organization's own account ({@code accountId}, {@code token}, {@code from}) replaces the deployment's.
 */
public final class HttpSmsChannel implements NotificationChannelPort {

    /** The deployment's account. */
    public record Account(String accountId, String token, String from) {
        public Account {
            if (accountId == null || accountId.isBlank() || token == null || token.isBlank() || from == null
                    || from.isBlank()) {
                throw new IllegalArgumentException("An SMS account needs an id, a token and a sender");
            }
        }

        @Override
        public String toString() {
            return "Account[" + accountId + " from " + from + "]";
        }
    }

    private final URI baseUrl;
    private final Account account;
    private final HttpDelivery http;
    private final MessageSplitter splitter = new MessageSplitter(ChannelKind.SMS.maxTextLength());

    public HttpSmsChannel(URI baseUrl, Account account, HttpDelivery http) {
        this.baseUrl = baseUrl;
        this.account = account;
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Account use = accountFor(delivery.destination().credentials());
        URI url = baseUrl.resolve("/2010-04-01/Accounts/" + URLEncoder.encode(use.accountId(), StandardCharsets.UTF_8)
                + "/Messages.json");
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (use.accountId() + ":" + use.token()).getBytes(StandardCharsets.UTF_8));
        List<String> parts = splitter.split(delivery.content().body());
        return Parts.sendInOrder(parts, (i, part) -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("To", delivery.destination().address());
            form.put("From", use.from());
            form.put("Body", part);
            return http.post(url, "application/x-www-form-urlencoded", HttpDelivery.form(form), Map.of(
                    "Authorization", auth,
                    "I-Twilio-Idempotency-Token", delivery.idempotencyKey() + (parts.size() > 1 ? "-" + i : "")));
        });
    }

    private Account accountFor(Map<String, String> credentials) {
        if (credentials.containsKey("accountId")) {
            return new Account(credentials.get("accountId"), credentials.get("token"), credentials.get("from"));
        }
        return account;
    }
}
