package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;

/** Changes a rooftop's name and place and its settings (aging, return windows, BDC rhythm). */
public interface ChangeRooftopUseCase {

    Outcome<Rooftop> change(Command command);

    /** The full new details and settings, and the version they were read at. */
    record Command(Actor actor, RooftopId rooftopId, long expectedVersion, Rooftop.Details details,
                   RooftopSettings settings) {
        public Command {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
            Require.present("details", details);
            Require.present("settings", settings);
        }
    }
}
