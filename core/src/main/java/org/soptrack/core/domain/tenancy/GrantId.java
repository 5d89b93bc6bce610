package org.soptrack.core.domain.tenancy;

import java.util.UUID;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies a platform-operator access grant. */
public record GrantId(UUID value) {

    public GrantId {
        Require.present("grantId", value);
    }

    public static GrantId parse(String text) {
        return new GrantId(Ids.parse("grantId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
