package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.sop.Vendor;

/**
 * The vehicle and part fields of a special order's form, as a new order and an order's edit page share them: read
 * one field at a time (every bad field reported at once, next to itself), and written back as typed.
 */
final class PartFields {

    private PartFields() {
    }

    /** The form's fields; {@code rooftop}, {@code customer} and {@code version} are for the pages that need them. */
    @Serdeable
    record Form(@Nullable String rooftop, @Nullable String customer, @Nullable Long version, @Nullable String year,
                @Nullable String make, @Nullable String model, @Nullable String vin, @Nullable String roNumber,
                @Nullable String partNumber, @Nullable String description, @Nullable String quantity,
                @Nullable String vendor, @Nullable String unitPrice, @Nullable String eta, @Nullable String _csrf) {
    }

    /**
     * The details the form describes for {@code customer}, with what the form does not show taken from {@code kept}
     * (none for a new order); null, with the problems noted in {@code errors}, if a field is refused.
     */
    static SpecialOrderDetails read(FormErrors errors, Form form, CustomerId customer,
                                    Optional<SpecialOrderDetails> kept) {
        Integer year = errors.read("year", () -> Integer.parseInt(form.year().strip()));
        Vehicle vehicle = year == null ? null : errors.readWhole("vin", () -> new Vehicle(year, form.make(),
                form.model(), Pages.blank(form.vin()) ? Optional.empty() : Optional.of(form.vin().strip().toUpperCase())));
        RoNumber ro = errors.read("roNumber", () -> RoNumber.of(form.roNumber()));
        PartNumber part = errors.read("partNumber", () -> PartNumber.of(form.partNumber()));
        Integer quantity = errors.read("quantity", () -> Require.between("quantity",
                Integer.parseInt(form.quantity().strip()), 1, 9999));
        Vendor vendor = errors.read("vendor", () -> Vendor.of(form.vendor()));
        Money price = errors.read("unitPrice", () -> Money.of(form.unitPrice().strip()));
        Optional<LocalDate> eta = errors.read("eta", () -> Pages.blank(form.eta()) ? Optional.<LocalDate>empty()
                : Optional.of(LocalDate.parse(form.eta())));
        if (errors.any()) {
            return null;
        }
        return errors.readWhole("description", () -> new SpecialOrderDetails(customer, vehicle, ro, part,
                form.description(), quantity, vendor, price, eta,
                kept.flatMap(SpecialOrderDetails::orderDate), kept.flatMap(SpecialOrderDetails::binLocation),
                kept.flatMap(SpecialOrderDetails::deposit), kept.map(SpecialOrderDetails::nonReturnable).orElse(false),
                kept.map(SpecialOrderDetails::notes).orElse("")));
    }

    /** What was typed, to show again next to the problems. */
    static Map<String, String> typed(Form form) {
        Map<String, String> values = new HashMap<>();
        values.put("year", Pages.nz(form.year()));
        values.put("make", Pages.nz(form.make()));
        values.put("model", Pages.nz(form.model()));
        values.put("vin", Pages.nz(form.vin()));
        values.put("roNumber", Pages.nz(form.roNumber()));
        values.put("partNumber", Pages.nz(form.partNumber()));
        values.put("description", Pages.nz(form.description()));
        values.put("quantity", Pages.nz(form.quantity()));
        values.put("vendor", Pages.nz(form.vendor()));
        values.put("unitPrice", Pages.nz(form.unitPrice()));
        values.put("eta", Pages.nz(form.eta()));
        return values;
    }

    /** An order's details as the form shows them. */
    static Map<String, String> of(SpecialOrderDetails d) {
        Map<String, String> values = new HashMap<>();
        values.put("year", String.valueOf(d.vehicle().year()));
        values.put("make", d.vehicle().make());
        values.put("model", d.vehicle().model());
        values.put("vin", d.vehicle().vin().orElse(""));
        values.put("roNumber", d.roNumber().value());
        values.put("partNumber", d.partNumber().value());
        values.put("description", d.description());
        values.put("quantity", String.valueOf(d.quantity()));
        values.put("vendor", d.vendor().name());
        values.put("unitPrice", d.unitPrice().toString());
        values.put("eta", d.eta().map(LocalDate::toString).orElse(""));
        return values;
    }
}
