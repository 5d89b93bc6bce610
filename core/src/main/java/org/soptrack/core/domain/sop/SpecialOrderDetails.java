package org.soptrack.core.domain.sop;

import java.time.LocalDate;
import java.util.Optional;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.Require;

/** The editable data of a special order (R-SOP-3, R-SOP-4a); rooftop, number and status are the aggregate's own. */
public record SpecialOrderDetails(CustomerId customerId, Vehicle vehicle, RoNumber roNumber, PartNumber partNumber,
                                  String description, int quantity, Vendor vendor, Money unitPrice,
                                  Optional<LocalDate> eta, Optional<LocalDate> orderDate,
                                  Optional<String> binLocation, Optional<Deposit> deposit, boolean nonReturnable,
                                  String notes) {

    public SpecialOrderDetails {
        Require.present("customerId", customerId);
        Require.present("vehicle", vehicle);
        Require.present("roNumber", roNumber);
        Require.present("partNumber", partNumber);
        description = Require.text("description", description, 500);
        Require.between("quantity", quantity, 1, 9999);
        Require.present("vendor", vendor);
        Require.present("unitPrice", unitPrice);
        Require.present("eta", eta);
        Require.present("orderDate", orderDate);
        binLocation = Require.present("binLocation", binLocation).map(b -> Require.text("binLocation", b, 40));
        Require.present("deposit", deposit);
        notes = Require.freeText("notes", notes, 4000);
    }

    /** Price times quantity: what the dealership has paid for if the customer never comes. */
    public Money value() {
        return unitPrice.times(quantity);
    }

    /** The value less any deposit the dealership holds, never below zero (R-SOP-4a). */
    public Money valueNetOfDeposit() {
        return value().minusFloorZero(deposit.map(Deposit::held).orElse(Money.ZERO));
    }

    /** The same details with the part shelved in {@code bin}. */
    public SpecialOrderDetails withBinLocation(String bin) {
        return new SpecialOrderDetails(customerId, vehicle, roNumber, partNumber, description, quantity, vendor,
                unitPrice, eta, orderDate, Optional.of(bin), deposit, nonReturnable, notes);
    }

    /** The same details without what identifies the customer: the vehicle's VIN and the free-text notes. */
    public SpecialOrderDetails withoutPersonalData() {
        return new SpecialOrderDetails(customerId, new Vehicle(vehicle.year(), vehicle.make(), vehicle.model(),
                Optional.empty()), roNumber, partNumber, description, quantity, vendor, unitPrice, eta, orderDate,
                binLocation, deposit, nonReturnable, "");
    }
}
