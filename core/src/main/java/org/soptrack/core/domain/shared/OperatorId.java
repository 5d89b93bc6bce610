package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Identifies a platform operator (support staff outside every tenant). */
public record OperatorId(UUID value) {

    public OperatorId {
        Require.present("operatorId", value);
    }

    public static OperatorId of(UUID value) {
        return new OperatorId(value);
    }

    /** Parses the canonical UUID text form. */
    public static OperatorId parse(String text) {
        return new OperatorId(Ids.parse("operatorId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
