package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Deposit;
import org.soptrack.core.domain.sop.DepositState;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.StatusChange;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.sop.Vendor;

/** The JSON shapes of special orders. Money travels as a decimal string ("129.95"), dates as ISO-8601. */
final class SopJson {

    private SopJson() {
    }

    @Serdeable
    record VehicleJson(Integer year, String make, String model, @Nullable String vin) {
        Vehicle vehicle() {
            return new Vehicle(Input.number("year", year), make, model, Optional.ofNullable(vin).filter(v -> !v.isBlank()));
        }

        static VehicleJson of(Vehicle v) {
            return new VehicleJson(v.year(), v.make(), v.model(), v.vin().orElse(null));
        }
    }

    @Serdeable
    record DepositJson(String amount, String state, @Nullable String paidAt) {
        Deposit deposit() {
            return new Deposit(Input.required("amount", amount, Money::of),
                    Input.required("state", state, DepositState::valueOf),
                    Input.optional("paidAt", paidAt, Input::instant));
        }

        static DepositJson of(Deposit d) {
            return new DepositJson(d.amount().amount().toPlainString(), d.state().name(),
                    d.paidAt().map(Instant::toString).orElse(null));
        }
    }

    /**
     * What a client sends to open or edit an order: {@code rooftopId} on create only, {@code version} on edit only
     * (the other is refused like any field the route does not take).
     */
    @Serdeable
    record Details(@Nullable String rooftopId, @Nullable Long version, String customerId, VehicleJson vehicle,
                   String roNumber, String partNumber, String description, Integer quantity, String vendor,
                   String unitPrice, @Nullable String eta, @Nullable String orderDate, @Nullable String binLocation,
                   @Nullable DepositJson deposit, @Nullable Boolean nonReturnable, @Nullable String notes) {

        /** The order's rooftop, on create; a version here is refused. */
        RooftopId newOrderRooftop() {
            if (version != null) {
                throw new MalformedBodyException("version", "version is not a field of a new order");
            }
            return Input.required("rooftopId", rooftopId, RooftopId::parse);
        }

        /** The version an edit was read at; a rooftop here is refused, since an order stays at its rooftop. */
        long editedVersion() {
            if (rooftopId != null) {
                throw new MalformedBodyException("rooftopId", "rooftopId cannot be changed: an order stays at its "
                        + "rooftop");
            }
            return Input.version(version);
        }

        SpecialOrderDetails details() {
            return new SpecialOrderDetails(
                    Input.required("customerId", customerId, CustomerId::parse),
                    Input.nested("vehicle", vehicle, () -> vehicle.vehicle()),
                    Input.required("roNumber", roNumber, RoNumber::of),
                    Input.required("partNumber", partNumber, PartNumber::of),
                    description,
                    Input.number("quantity", quantity),
                    Input.required("vendor", vendor, Vendor::of),
                    Input.required("unitPrice", unitPrice, Money::of),
                    Input.optional("eta", eta, Input::date),
                    Input.optional("orderDate", orderDate, Input::date),
                    Optional.ofNullable(binLocation),
                    deposit == null ? Optional.empty() : Optional.of(Input.nested("deposit", deposit, () -> deposit.deposit())),
                    Boolean.TRUE.equals(nonReturnable),
                    notes);
        }
    }

    @Serdeable
    record Change(String from, String to, String by, Instant at, @Nullable String reason) {
        static Change of(StatusChange c) {
            return new Change(c.from().name(), c.to().name(), Actors.text(c.by()),
                    c.at(), c.reason().orElse(null));
        }
    }

    @Serdeable
    record Keep(String by, Instant at, String reason) {
    }

    @Serdeable
    record View(String id, long version, long sopNumber, String rooftopId, String status, List<String> allowedTransitions,
                String customerId, VehicleJson vehicle, String roNumber, String partNumber, String description,
                int quantity, String vendor, String unitPrice, @Nullable LocalDate eta, @Nullable LocalDate orderDate,
                @Nullable String binLocation, @Nullable DepositJson deposit, boolean nonReturnable, String notes,
                @Nullable Instant receivedAt, @Nullable Keep keep, List<Change> history, Instant createdAt,
                Instant updatedAt) {

        static View of(SpecialOrder o) {
            SpecialOrderDetails d = o.details();
            var state = o.state();
            return new View(o.id().value().toString(), o.version(), o.sopNumber().value(),
                    o.rooftopId().value().toString(), o.status().name(),
                    o.status().allowedTargets().stream().map(Enum::name).sorted().toList(),
                    d.customerId().value().toString(), VehicleJson.of(d.vehicle()), d.roNumber().value(),
                    d.partNumber().value(), d.description(), d.quantity(), d.vendor().name(),
                    d.unitPrice().amount().toPlainString(), d.eta().orElse(null), d.orderDate().orElse(null),
                    d.binLocation().orElse(null), d.deposit().map(DepositJson::of).orElse(null), d.nonReturnable(),
                    d.notes(), o.receivedAt().orElse(null),
                    o.keep().map(k -> new Keep(Actors.text(k.by()), k.at(),
                            k.reason())).orElse(null),
                    o.history().stream().map(Change::of).toList(), state.createdAt(), state.updatedAt());
        }
    }

    @Serdeable
    record Transition(Long version, String to, @Nullable String reason) {
    }

    @Serdeable
    record KeepRequest(Long version, String reason) {
    }

    @Serdeable
    record PageJson(List<View> items, @Nullable String next) {
    }
}
