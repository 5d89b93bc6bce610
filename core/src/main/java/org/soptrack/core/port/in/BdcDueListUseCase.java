package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.RoArrival;
import org.soptrack.core.domain.tenancy.Actor;

/** The BDC's list of customer calls due now (R-SOP-4c). */
public interface BdcDueListUseCase {

    Outcome<List<Task>> dueList(Query query);

    /** Who asks, and optionally which rooftop. */
    record Query(Actor actor, Optional<RooftopId> rooftopId) {
        public Query {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
        }
    }

    /** One RO whose customer should be called, since when, and how many attempts were made so far. */
    record Task(RoArrival arrival, CustomerId customerId, Instant dueAt, int attempts) {
    }
}
