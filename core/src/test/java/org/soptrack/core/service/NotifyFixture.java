package org.soptrack.core.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DispatchPolicy;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.memory.RecordingChannel;
import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.out.OutboxQuery;

/** {@link CoreFixture} with a recording channel of each kind, a dispatcher over them and settings shortcuts. */
final class NotifyFixture {

    static final DispatchPolicy POLICY = DispatchPolicy.DEFAULTS;

    final CoreFixture f = new CoreFixture();
    final RecordingChannel email = new RecordingChannel(ChannelKind.EMAIL);
    final RecordingChannel groupMe = new RecordingChannel(ChannelKind.GROUPME);
    final RecordingChannel sms = new RecordingChannel(ChannelKind.SMS);
    final RecordingChannel webhook = new RecordingChannel(ChannelKind.WEBHOOK);
    final DispatchNotificationsService dispatcher = new DispatchNotificationsService(f.ports, List.of(email, groupMe, sms, webhook), POLICY,
            new Random(7));

    /** Staff recipients on every channel; {@code routes} says which events go where. */
    static RooftopNotifications settings(RooftopId rooftop, Map<NotificationEvent, Set<ChannelKind>> routes,
                                         Set<NotificationEvent> customerEvents) {
        return new RooftopNotifications(rooftop, new RooftopNotifications.Recipients(
                List.of(Email.of("parts@acme.example"), Email.of("manager@acme.example")), Optional.of("bot42"),
                List.of(PhoneNumber.of("+15557770000")),
                Optional.of(new RooftopNotifications.Webhook("https://dms.example/hooks", "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="))),
                routes, customerEvents, Map.of());
    }

    void save(Actor admin, RooftopNotifications settings) {
        f.core.notifications().notificationSettings().replace(admin, settings).orElseThrow();
    }

    CustomerId customer(Actor actor, String name, ContactPreferences preferences) {
        return f.core.customers().registerCustomer().register(new RegisterCustomerUseCase.Command(actor, new Customer.Contact(name,
                Optional.of(PhoneNumber.of("+15551230000")), Optional.of(Email.of("casey@example.com")), preferences)))
                .orElseThrow().id();
    }

    /** Every message of the actor's organization, newest first, as the delivery log shows them. */
    List<DeliveryLogUseCase.Entry> log(Actor admin) {
        return f.core.notifications().deliveryLog().list(admin, new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                200)).orElseThrow().items();
    }

    /** Dispatches until a pass finds nothing due (at most 20 passes). */
    void dispatchAll() {
        for (int i = 0; i < 20 && dispatcher.dispatchDue(100).claimed() > 0; i++) {
            continue;
        }
    }
}
