package org.soptrack.core.port.in;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.Actor;

/** Counts special orders per status for a dashboard: one rooftop, or all the actor may see. */
public interface CountSpecialOrdersUseCase {

    /** Every status is present in the answer, zero where there is none. */
    Outcome<Map<SopStatus, Long>> count(Query query);

    /** Who asks, and optionally which rooftop. */
    record Query(Actor actor, Optional<RooftopId> rooftopId) {
        public Query {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
        }
    }
}
