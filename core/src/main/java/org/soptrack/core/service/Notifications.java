package org.soptrack.core.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.MessageTemplates;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.NotificationSettingsRepository;
import org.soptrack.core.port.out.OutboxRepository;

/**
 * Raises events inside the caller's transaction: records the occurrence once per key, renders one message per
 * destination the rooftop routes it to, adds the customer's own message where the rooftop sends one and the customer
 * agrees, and writes every message to the outbox. Nothing is sent here; the dispatcher sends after the commit.
 */
final class Notifications {

    private final OutboxRepository outbox;
    private final NotificationSettingsRepository settings;
    private final ClockPort clock;
    private final IdPort ids;
    private final Optional<UnsubscribeLinks> unsubscribe;

    /**
     * {@code unsubscribe} makes the link every e-mail to a customer carries; without it only staff and account messages
     * may be written.
     */
    Notifications(OutboxRepository outbox, NotificationSettingsRepository settings, ClockPort clock, IdPort ids,
                  Optional<UnsubscribeLinks> unsubscribe) {
        this.unsubscribe = unsubscribe;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Raises {@code event} at {@code rooftop} (or, without one, at every rooftop whose settings route it), once per
     * {@code key}. Returns the messages written (perhaps none), or empty when the key was raised before.
     */
    Optional<List<OutboxMessage>> raise(TenantId tenant, NotificationEvent event, Optional<RooftopId> rooftop, String key,
                              Map<String, String> facts, Optional<Customer> customer) {
        RaisedEvent raised = new RaisedEvent(ids.newId(), tenant, event, key, rooftop, clock.now(), facts);
        if (!outbox.recordEvent(tenant, raised)) {
            return Optional.empty();
        }
        List<RooftopNotifications> rules = rooftop.map(r -> List.of(settingsOf(tenant, r)))
                .orElseGet(() -> settings.findAll(tenant));
        Set<Destination> staff = new LinkedHashSet<>();
        rules.forEach(r -> staff.addAll(r.destinationsFor(event)));
        List<OutboxMessage> written = new ArrayList<>();
        for (Destination destination : staff) {
            written.add(write(raised, destination, MessageTemplates.staff(raised, destination.kind()), customer));
        }
        if (customer.isPresent() && rules.size() == 1 && rules.get(0).customerEvents().contains(event)) {
            MessageContent content = MessageTemplates.customer(raised);
            for (Destination destination : customerDestinations(customer.get(), rules.get(0))) {
                written.add(write(raised, destination, destination.kind() == ChannelKind.EMAIL
                        ? content.withUnsubscribe(unsubscribe.orElseThrow().link(tenant, customer.get().id()))
                        : content, customer));
            }
        }
        return Optional.of(written);
    }

    /** A message about one person's own account to {@code destination}; no setting switches it off. */
    OutboxMessage account(TenantId tenant, NotificationEvent event, Destination destination, Map<String, String> facts) {
        UUID id = ids.newId();
        RaisedEvent raised = new RaisedEvent(id, tenant, event, event.type() + ":" + id, Optional.empty(), clock.now(),
                facts);
        outbox.recordEvent(tenant, raised);
        return write(raised, destination, MessageTemplates.account(raised), Optional.empty());
    }

    /** A test message to every recipient the rooftop has on {@code kind}; empty if it has none. */
    List<OutboxMessage> test(TenantId tenant, RooftopId rooftop, ChannelKind kind, Map<String, String> facts) {
        List<Destination> destinations = settingsOf(tenant, rooftop).destinationsOn(kind);
        if (destinations.isEmpty()) {
            return List.of();
        }
        UUID id = ids.newId();
        RaisedEvent raised = new RaisedEvent(id, tenant, NotificationEvent.TEST, "test:" + id, Optional.of(rooftop),
                clock.now(), facts);
        outbox.recordEvent(tenant, raised);
        return destinations.stream()
                .map(d -> write(raised, d, MessageTemplates.staff(raised, d.kind()), Optional.empty()))
                .toList();
    }

    RooftopNotifications settingsOf(TenantId tenant, RooftopId rooftop) {
        return settings.find(tenant, rooftop).orElseGet(() -> RooftopNotifications.none(rooftop));
    }

    /**
     * The customer's own e-mail and phone, where they agreed to that channel and did not opt out; nowhere while their
     * processing is restricted (R-DSR-5).
     */
    private static List<Destination> customerDestinations(Customer customer, RooftopNotifications rules) {
        Customer.Contact contact = customer.contact();
        List<Destination> out = new ArrayList<>();
        if (customer.restricted()) {
            return out;
        }
        if (contact.preferences().allows(ContactChannel.EMAIL)) {
            contact.email().ifPresent(e -> out.add(
                    new Destination(ChannelKind.EMAIL, e.value(), rules.account(ChannelKind.EMAIL))));
        }
        if (contact.preferences().allows(ContactChannel.SMS)) {
            contact.phone().ifPresent(p -> out.add(
                    new Destination(ChannelKind.SMS, p.value(), rules.account(ChannelKind.SMS))));
        }
        return out;
    }

    private OutboxMessage write(RaisedEvent raised, Destination destination, MessageContent content,
                                Optional<Customer> customer) {
        OutboxMessage message = OutboxMessage.create(ids.newId(), raised, destination, content,
                customer.map(Customer::id), clock.now());
        outbox.enqueue(raised.tenantId(), message);
        return message;
    }
}
