package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.Actor;

/** Opens a special order at a rooftop, with the next SOP number of that rooftop. */
public interface CreateSpecialOrderUseCase {

    Outcome<SpecialOrder> create(Command command);

    /** Where and what. */
    record Command(Actor actor, RooftopId rooftopId, SpecialOrderDetails details) {
        public Command {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
            Require.present("details", details);
        }
    }
}
