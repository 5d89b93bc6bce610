package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Parsing of UUID-based identifiers from untrusted text. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String text) {
        Require.present(field, text);
        try {
            UUID uuid = UUID.fromString(text.strip());
            if (!uuid.toString().equalsIgnoreCase(text.strip())) {
                throw new InvalidValueException(field, "is not a UUID");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a UUID");
        }
    }
}
