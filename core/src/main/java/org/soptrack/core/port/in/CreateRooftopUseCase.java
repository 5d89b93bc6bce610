package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;

/** Adds a rooftop (store) to the actor's organization, with default settings. */
public interface CreateRooftopUseCase {

    Outcome<Rooftop> create(Command command);

    /** The new rooftop's name and place. */
    record Command(Actor actor, Rooftop.Details details) {
        public Command {
            Require.present("actor", actor);
            Require.present("details", details);
        }
    }
}
