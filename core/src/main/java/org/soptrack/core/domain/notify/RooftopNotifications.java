package org.soptrack.core.domain.notify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;

/**
 * What one rooftop's administrators chose (R-NOT-2): the recipients on each channel, which events go to which
 * channels, which events also message the order's customer, and the organization's own provider accounts where it
 * uses them instead of the deployment's. A rooftop that never chose sends staff nothing.
 */
public record RooftopNotifications(RooftopId rooftopId, Recipients recipients,
                                   Map<NotificationEvent, Set<ChannelKind>> routes,
                                   Set<NotificationEvent> customerEvents,
                                   Map<ChannelKind, Map<String, String>> accounts) {

    /** The recipients on each channel. */
    public record Recipients(List<Email> emails, Optional<String> groupMeBotId, List<PhoneNumber> smsNumbers,
                             Optional<Webhook> webhook) {
        public Recipients {
            emails = List.copyOf(Require.present("emails", emails));
            smsNumbers = List.copyOf(Require.present("smsNumbers", smsNumbers));
            Require.present("groupMeBotId", groupMeBotId).ifPresent(id -> {
                if (!id.matches("[A-Za-z0-9]{1,64}")) {
                    throw new InvalidValueException("groupMeBotId", "must be 1 to 64 letters and digits");
                }
            });
            Require.present("webhook", webhook);
            if (emails.size() > 20 || smsNumbers.size() > 20) {
                throw new InvalidValueException("recipients", "may list at most 20 e-mail addresses and 20 numbers");
            }
        }

        public static Recipients none() {
            return new Recipients(List.of(), Optional.empty(), List.of(), Optional.empty());
        }

        List<Destination> on(ChannelKind kind, Map<String, String> account) {
            List<Destination> out = new ArrayList<>();
            switch (kind) {
                case EMAIL -> emails.forEach(e -> out.add(new Destination(kind, e.value(), account)));
                case SMS -> smsNumbers.forEach(n -> out.add(new Destination(kind, n.value(), account)));
                case GROUPME -> groupMeBotId.ifPresent(id -> out.add(new Destination(kind, id, account)));
                case WEBHOOK -> webhook.ifPresent(w -> out.add(
                        new Destination(kind, w.url(), Map.of(Destination.WEBHOOK_SECRET, w.secret()))));
                default -> throw new IllegalStateException("Unknown channel " + kind);
            }
            return out;
        }
    }

    /** A webhook endpoint and the secret its messages are signed with (Standard Webhooks). */
    public record Webhook(String url, String secret) {
        public Webhook {
            url = Require.text("webhook.url", url, 2000);
            if (!url.matches("https?://[^\\s/?#]+(/\\S*)?")) {
                throw new InvalidValueException("webhook.url", "must be an http or https URL");
            }
            secret = Require.text("webhook.secret", secret, 200);
            if (secret.length() < 24) {
                throw new InvalidValueException("webhook.secret", "must be at least 24 characters");
            }
        }

        @Override
        public String toString() {
            return "Webhook[" + url + "]";
        }
    }

    public RooftopNotifications {
        Require.present("rooftopId", rooftopId);
        Require.present("recipients", recipients);
        Map<NotificationEvent, Set<ChannelKind>> copy = new EnumMap<>(NotificationEvent.class);
        Require.present("routes", routes).forEach((event, kinds) -> {
            if (!event.routable()) {
                throw new InvalidValueException("routes." + event.type(), "cannot be routed by a rooftop");
            }
            for (ChannelKind kind : kinds) {
                if (recipients.on(kind, Map.of()).isEmpty()) {
                    throw new InvalidValueException("routes." + event.type(),
                            "names " + kind + ", which has no recipient");
                }
            }
            if (!kinds.isEmpty()) {
                copy.put(event, Set.copyOf(kinds));
            }
        });
        routes = Map.copyOf(copy);
        customerEvents = Set.copyOf(Require.present("customerEvents", customerEvents));
        customerEvents.stream().filter(e -> !e.customerFacing()).findFirst().ifPresent(e -> {
            throw new InvalidValueException("customerEvents", e.type() + " is not sent to customers");
        });
        accounts = Map.copyOf(Require.present("accounts", accounts));
        accounts.values().forEach(a -> Require.present("accounts", a));
    }

    /** What a rooftop has before anyone chose: no staff routes, no customer messages. */
    public static RooftopNotifications none(RooftopId rooftop) {
        return new RooftopNotifications(rooftop, Recipients.none(), Map.of(), Set.of(), Map.of());
    }

    /** Every destination {@code event} goes to at this rooftop. */
    public List<Destination> destinationsFor(NotificationEvent event) {
        List<Destination> out = new ArrayList<>();
        Set<ChannelKind> kinds = routes.getOrDefault(event, Set.of());
        for (ChannelKind kind : ChannelKind.values()) {
            if (kinds.contains(kind)) {
                out.addAll(destinationsOn(kind));
            }
        }
        return out;
    }

    /** Every destination on {@code kind}, for a test message; empty when the channel has no recipient. */
    public List<Destination> destinationsOn(ChannelKind kind) {
        return recipients.on(kind, accounts.getOrDefault(kind, Map.of()));
    }

    /** The provider account set for {@code kind}, if the organization uses its own. */
    public Map<String, String> account(ChannelKind kind) {
        return accounts.getOrDefault(kind, Map.of());
    }
}
