package org.soptrack.core.domain.tenancy;

import java.util.UUID;
import org.soptrack.core.domain.shared.Ids;
import org.soptrack.core.domain.shared.Require;

/** Identifies an invitation. */
public record InvitationId(UUID value) {

    public InvitationId {
        Require.present("invitationId", value);
    }

    public static InvitationId parse(String text) {
        return new InvitationId(Ids.parse("invitationId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
