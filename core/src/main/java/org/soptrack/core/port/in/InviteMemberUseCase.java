package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.Role;

/** Invites someone by e-mail to join the organization with a role (R-TEN-4). */
public interface InviteMemberUseCase {

    Outcome<Issued> invite(Command command);

    /** Whom to invite, as what, limited to which rooftops. */
    record Command(Actor actor, Email email, Role role, RooftopScope rooftops) {
        public Command {
            Require.present("actor", actor);
            Require.present("email", email);
            Require.present("role", role);
            Require.present("rooftops", rooftops);
        }
    }

    /** The stored invitation and its token: the token exists only here, to be e-mailed, and is never stored. */
    record Issued(Invitation invitation, String token) {
        @Override
        public String toString() {
            return "Issued[" + invitation.id() + "]";
        }
    }
}
