package org.soptrack.core.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.RoArrival;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** The events special orders raise as they change (R-NOT-1, R-SOP-4b), in the transaction of the change. */
final class OrderNotifications {

    private static final Map<SopStatus, NotificationEvent> ON_ARRIVAL = new EnumMap<>(SopStatus.class);

    static {
        ON_ARRIVAL.put(SopStatus.ORDERED, NotificationEvent.SOP_ORDERED);
        ON_ARRIVAL.put(SopStatus.BACKORDERED, NotificationEvent.SOP_BACKORDERED);
        ON_ARRIVAL.put(SopStatus.RECEIVED, NotificationEvent.SOP_RECEIVED);
        ON_ARRIVAL.put(SopStatus.CUSTOMER_NOTIFIED, NotificationEvent.CUSTOMER_NOTIFIED);
        ON_ARRIVAL.put(SopStatus.SCHEDULED, NotificationEvent.SOP_SCHEDULED);
        ON_ARRIVAL.put(SopStatus.COMPLETED, NotificationEvent.SOP_COMPLETED);
        ON_ARRIVAL.put(SopStatus.CANCELLED, NotificationEvent.SOP_CANCELLED);
        ON_ARRIVAL.put(SopStatus.RETURNED, NotificationEvent.SOP_RETURNED);
    }

    private final Notifications notifications;
    private final NotificationFacts facts;
    private final SpecialOrderRepository orders;
    private final RooftopRepository rooftops;
    private final CustomerRepository customers;

    OrderNotifications(Notifications notifications, NotificationFacts facts, SpecialOrderRepository orders,
                       RooftopRepository rooftops, CustomerRepository customers) {
        this.notifications = notifications;
        this.facts = facts;
        this.orders = orders;
        this.rooftops = rooftops;
        this.customers = customers;
    }

    /** A new order, with the rooftop and customer its creation has just read (so they are not read again). */
    void created(TenantId tenant, SpecialOrder order, Rooftop rooftop, Customer customer) {
        raise(tenant, order, NotificationEvent.SOP_CREATED, "sop-created:" + order.id().value(), Map.of(), rooftop,
                Optional.of(customer));
    }

    void etaChanged(TenantId tenant, SpecialOrder order) {
        about(tenant, order, NotificationEvent.SOP_ETA_CHANGED,
                "sop-eta:" + order.id().value() + ":" + order.version(), Map.of());
    }

    /** The order just moved to its current status; when that completes its RO's arrivals, the RO event too. */
    void moved(TenantId tenant, SpecialOrder order) {
        NotificationEvent event = ON_ARRIVAL.get(order.status());
        if (event == null) {
            return;
        }
        about(tenant, order, event, "sop-status:" + order.id().value() + ":" + order.history().size(), Map.of());
        if (order.status() == SopStatus.RECEIVED) {
            List<SpecialOrder> lines = orders.findByRo(tenant, order.rooftopId(), order.details().roNumber());
            RoArrival arrival = RoArrival.of(order.rooftopId(), order.details().roNumber(), lines);
            arrival.allArrivedAt().ifPresent(at -> repairOrder(tenant, lines, NotificationEvent.RO_PARTS_ARRIVED,
                    "ro-arrived:" + order.rooftopId().value() + ":" + arrival.roNumber() + ":" + at,
                    Map.of("lines", Integer.toString(arrival.lines()))));
        }
    }

    /** Raises {@code event} about one order once per {@code key}; {@code extra} adds facts its template needs. */
    boolean about(TenantId tenant, SpecialOrder order, NotificationEvent event, String key, Map<String, String> extra) {
        return raise(tenant, order, event, key, extra, rooftops.find(tenant, order.rooftopId()).orElseThrow(),
                customers.find(tenant, order.details().customerId()));
    }

    private boolean raise(TenantId tenant, SpecialOrder order, NotificationEvent event, String key,
                          Map<String, String> extra, Rooftop rooftop, Optional<Customer> customer) {
        Map<String, String> all = facts.order(order, rooftop, customer);
        all.putAll(extra);
        return notifications.raise(tenant, event, Optional.of(order.rooftopId()), key, all, customer).isPresent();
    }

    /** Raises {@code event} about the repair order the lines belong to (all of one rooftop and RO). */
    boolean repairOrder(TenantId tenant, List<SpecialOrder> lines, NotificationEvent event, String key,
                     Map<String, String> extra) {
        SpecialOrder first = lines.get(0);
        Rooftop rooftop = rooftops.find(tenant, first.rooftopId()).orElseThrow();
        Optional<Customer> customer = customers.find(tenant, first.details().customerId());
        Map<String, String> all = facts.repairOrder(rooftop, first.details().roNumber(), customer,
                first.details().vehicle());
        all.putAll(extra);
        return notifications.raise(tenant, event, Optional.of(first.rooftopId()), key, all, customer).isPresent();
    }
}
