package org.soptrack.core.domain.sop;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;

/** The customer's vehicle the part is for: year, make, model and optionally its VIN. */
public record Vehicle(int year, String make, String model, Optional<String> vin) {

    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    public Vehicle {
        Require.between("vehicle.year", year, 1900, 2100);
        make = Require.text("vehicle.make", make, 60);
        model = Require.text("vehicle.model", model, 80);
        vin = Require.present("vehicle.vin", vin).map(v -> v.strip().toUpperCase(Locale.ROOT));
        if (vin.isPresent() && !VIN.matcher(vin.get()).matches()) {
            throw new InvalidValueException("vehicle.vin", "must be 17 characters without I, O or Q");
        }
    }
}
