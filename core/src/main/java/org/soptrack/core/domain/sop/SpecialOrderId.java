package org.soptrack.core.domain.sop;

import java.util.UUID;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies a special order (one SOP line). */
public record SpecialOrderId(UUID value) {

    public SpecialOrderId {
        Require.present("specialOrderId", value);
    }

    public static SpecialOrderId parse(String text) {
        return new SpecialOrderId(Ids.parse("specialOrderId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
