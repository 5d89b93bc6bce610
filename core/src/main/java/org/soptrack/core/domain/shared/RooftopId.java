package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Identifies a rooftop (one store of an organization). */
public record RooftopId(UUID value) {

    public RooftopId {
        Require.present("rooftopId", value);
    }

    public static RooftopId of(UUID value) {
        return new RooftopId(value);
    }

    /** Parses the canonical UUID text form. */
    public static RooftopId parse(String text) {
        return new RooftopId(Ids.parse("rooftopId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
