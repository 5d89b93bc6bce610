package org.soptrack.core.service;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.tenancy.Rooftop;

/** The facts messages about orders and repair orders are rendered from (see {@code MessageTemplates}). */
final class NotificationFacts {

    private final URI publicUrl;

    NotificationFacts(URI publicUrl) {
        this.publicUrl = publicUrl;
    }

    Map<String, String> order(SpecialOrder order, Rooftop rooftop, Optional<Customer> customer) {
        SpecialOrderDetails d = order.details();
        Map<String, String> facts = repairOrder(rooftop, d.roNumber(), customer, d.vehicle());
        facts.put("sop", "SOP " + order.sopNumber());
        facts.put("sopId", order.id().value().toString());
        facts.put("part", d.partNumber().toString());
        facts.put("description", d.description());
        facts.put("quantity", Integer.toString(d.quantity()));
        facts.put("vendor", d.vendor().name());
        facts.put("status", order.status().name());
        facts.put("value", d.value().toString());
        d.eta().ifPresent(eta -> facts.put("eta", eta.toString()));
        facts.put("link", link("/api/v1/sops/" + order.id().value()));
        return facts;
    }

    Map<String, String> repairOrder(Rooftop rooftop, RoNumber ro, Optional<Customer> customer, Vehicle vehicle) {
        Map<String, String> facts = new HashMap<>();
        facts.put("rooftop", rooftop.details().name());
        facts.put("rooftopId", rooftop.id().value().toString());
        facts.put("ro", ro.toString());
        facts.put("vehicle", vehicle.year() + " " + vehicle.make() + " " + vehicle.model());
        facts.put("link", link("/api/v1/rooftops/" + rooftop.id().value() + "/repair-orders/" + ro));
        customer.ifPresent(c -> {
            String name = c.contact().name();
            List<String> words = List.of(name.trim().split("\\s+"));
            facts.put("customer", name);
            facts.put("customerId", c.id().value().toString());
            facts.put("customerFirstName", words.get(0));
            facts.put("customerShort", c.contact().shortName());
        });
        return facts;
    }

    String link(String path) {
        return publicUrl.resolve(path).toString();
    }
}
