package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;

/** Revokes a pending invitation. */
public interface RevokeInvitationUseCase {

    Outcome<Invitation> revoke(Command command);

    /** Which invitation. */
    record Command(Actor actor, InvitationId invitationId) {
        public Command {
            Require.present("actor", actor);
            Require.present("invitationId", invitationId);
        }
    }
}
