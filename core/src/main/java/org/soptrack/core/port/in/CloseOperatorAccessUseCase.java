package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;

/** Ends an operator access grant early: by the operator who holds it, or by the tenant's administrators. */
public interface CloseOperatorAccessUseCase {

    Outcome<OperatorAccessGrant> close(Command command);

    /** Which grant. */
    record Command(Actor actor, GrantId grantId) {
        public Command {
            Require.present("actor", actor);
            Require.present("grantId", grantId);
        }
    }
}
