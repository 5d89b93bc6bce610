package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.port.in.DeliveryLogUseCase;

/**
 * The JSON shapes of notification settings and the delivery log. Events are named by their type ("sop.received"),
 * channels by their kind ("EMAIL"). Secrets (the webhook's, provider tokens) are write-only: answers show their last
 * four characters, and every PUT sends them again.
 */
final class NotificationJson {

    /** Account fields shown in full; every other account value is a secret. */
    private static final Set<String> PUBLIC_ACCOUNT_FIELDS = Set.of("from", "accountId");

    private NotificationJson() {
    }

    @Serdeable
    record Webhook(String url, @Nullable String secret) {
    }

    @Serdeable
    record Settings(@Nullable List<String> emails, @Nullable String groupMeBotId, @Nullable List<String> smsNumbers,
                    @Nullable Webhook webhook, @Nullable Map<String, List<String>> routes,
                    @Nullable List<String> customerEvents, @Nullable Map<String, Map<String, String>> accounts) {

        RooftopNotifications settings(RooftopId rooftop, PhoneNumbers.Reader phones) {
            List<Email> mails = new ArrayList<>();
            list(emails).forEach(e -> mails.add(Input.value("emails", () -> Email.of(e))));
            List<PhoneNumber> numbers = new ArrayList<>();
            list(smsNumbers).forEach(n -> numbers.add(phones.read("smsNumbers", n)));
            Optional<RooftopNotifications.Webhook> hook = Optional.ofNullable(webhook).map(w -> Input.nested("webhook",
                    w, () -> new RooftopNotifications.Webhook(Input.required("url", w.url(), s -> s),
                            Input.required("secret", w.secret(), s -> s))));
            var recipients = Input.value("recipients", () -> new RooftopNotifications.Recipients(mails,
                    Optional.ofNullable(groupMeBotId).filter(s -> !s.isBlank()), numbers, hook));
            Map<NotificationEvent, Set<ChannelKind>> routeMap = new EnumMap<>(NotificationEvent.class);
            (routes == null ? Map.<String, List<String>>of() : routes).forEach((type, kinds) ->
                    routeMap.put(event("routes", type), Input.names("routes." + type, kinds, ChannelKind::valueOf)));
            Set<NotificationEvent> customer = Input.names("customerEvents", customerEvents,
                    type -> event("customerEvents", type));
            Map<ChannelKind, Map<String, String>> accountMap = new EnumMap<>(ChannelKind.class);
            (accounts == null ? Map.<String, Map<String, String>>of() : accounts).forEach((kind, values) ->
                    accountMap.put(Input.value("accounts", () -> ChannelKind.valueOf(kind)), values));
            return new RooftopNotifications(rooftop, recipients, routeMap, customer, accountMap);
        }

        static Settings of(RooftopNotifications n) {
            var r = n.recipients();
            Map<String, List<String>> routes = new TreeMap<>();
            n.routes().forEach((event, kinds) -> routes.put(event.type(),
                    kinds.stream().map(Enum::name).sorted().toList()));
            Map<String, Map<String, String>> accounts = new TreeMap<>();
            n.accounts().forEach((kind, values) -> {
                Map<String, String> shown = new LinkedHashMap<>();
                values.forEach((k, v) -> shown.put(k, PUBLIC_ACCOUNT_FIELDS.contains(k) ? v : masked(v)));
                accounts.put(kind.name(), shown);
            });
            return new Settings(r.emails().stream().map(Email::value).toList(), r.groupMeBotId().orElse(null),
                    r.smsNumbers().stream().map(PhoneNumber::value).toList(),
                    r.webhook().map(w -> new Webhook(w.url(), masked(w.secret()))).orElse(null), routes,
                    n.customerEvents().stream().map(NotificationEvent::type).sorted().toList(), accounts);
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static NotificationEvent event(String field, String type) {
        return NotificationEvent.ofType(type).orElseThrow(() ->
                new InvalidValueException(field, "names no event: " + type));
    }

    static String masked(String secret) {
        return "…" + secret.substring(Math.max(0, secret.length() - 4));
    }

    @Serdeable
    record TestRequest(String channel) {
    }

    @Serdeable
    record Sent(List<String> messageIds) {
    }

    @Serdeable
    record Attempt(int number, String at, String outcome, String detail) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.number(), a.at().toString(), a.outcome().name(), a.detail());
        }
    }

    /** One message as the delivery log shows it; {@code text} is null for sensitive messages. */
    @Serdeable
    record Delivery(String id, String event, @Nullable String rooftopId, String channel, String to, String status,
                    int attempts, String createdAt, String nextAttemptAt, @Nullable String settledAt,
                    @Nullable String lastError, @Nullable String subject, @Nullable String text,
                    List<Attempt> log) {
        static Delivery of(DeliveryLogUseCase.Entry e) {
            OutboxMessage.State m = e.message().state();
            return new Delivery(m.id().toString(), m.event().type(), m.rooftopId().map(RooftopId::toString).orElse(null),
                    m.destination().kind().name(), m.destination().address(), m.status().name(), m.attempts(),
                    m.createdAt().toString(), m.nextAttemptAt().toString(), m.settledAt().map(Object::toString)
                    .orElse(null), m.lastError().orElse(null), m.sensitive() ? null : m.content().subject(),
                    e.text().orElse(null), e.attempts().stream().map(Attempt::of).toList());
        }
    }

    @Serdeable
    record DeliveryPage(List<Delivery> items, @Nullable String next) {
    }
}
