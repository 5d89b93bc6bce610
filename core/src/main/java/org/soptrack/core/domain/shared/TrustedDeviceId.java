package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Identifies a device a member chose to trust, so that it skips the second factor. */
public record TrustedDeviceId(UUID value) {

    public TrustedDeviceId {
        Require.present("trustedDeviceId", value);
    }

    public static TrustedDeviceId of(UUID value) {
        return new TrustedDeviceId(value);
    }

    /** Parses the canonical UUID text form. */
    public static TrustedDeviceId parse(String text) {
        return new TrustedDeviceId(Ids.parse("trustedDeviceId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
