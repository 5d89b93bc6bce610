package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Identifies a signed-in session (one login on one device), named by the access tokens it issues. */
public record SessionId(UUID value) {

    public SessionId {
        Require.present("sessionId", value);
    }

    public static SessionId of(UUID value) {
        return new SessionId(value);
    }

    /** Parses the canonical UUID text form. */
    public static SessionId parse(String text) {
        return new SessionId(Ids.parse("sessionId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
