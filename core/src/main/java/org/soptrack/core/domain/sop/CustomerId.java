package org.soptrack.core.domain.sop;

import java.util.UUID;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies a dealership's customer. */
public record CustomerId(UUID value) {

    public CustomerId {
        Require.present("customerId", value);
    }

    public static CustomerId parse(String text) {
        return new CustomerId(Ids.parse("customerId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
