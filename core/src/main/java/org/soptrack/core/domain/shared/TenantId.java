package org.soptrack.core.domain.shared;

import java.util.UUID;

/** Identifies an organization (the tenant). */
public record TenantId(UUID value) {

    public TenantId {
        Require.present("tenantId", value);
    }

    public static TenantId of(UUID value) {
        return new TenantId(value);
    }

    /** Parses the canonical UUID text form. */
    public static TenantId parse(String text) {
        return new TenantId(Ids.parse("tenantId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
