package org.soptrack.core.domain.retention;

import java.util.UUID;

import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies a legal hold. */
public record LegalHoldId(UUID value) {

    public LegalHoldId {
        Require.present("legalHoldId", value);
    }

    public static LegalHoldId parse(String text) {
        return new LegalHoldId(Ids.parse("legalHoldId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
