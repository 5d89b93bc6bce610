package org.soptrack.core.port.in;

import java.util.List;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.FollowUp;
import org.soptrack.core.domain.sop.RoArrival;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;

/** Everything about one repair order: its lines, whether all parts arrived, contact attempts and the next call due. */
public interface GetRepairOrderUseCase {

    Outcome<RepairOrder> get(Query query);

    /** Which RO at which rooftop. */
    record Query(Actor actor, RooftopId rooftopId, RoNumber roNumber) {
        public Query {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
            Require.present("roNumber", roNumber);
        }
    }

    /** The RO's lines, arrival, attempts and follow-up. */
    record RepairOrder(List<SpecialOrder> lines, RoArrival arrival, List<ContactAttempt> attempts, FollowUp followUp) {
        public RepairOrder {
            lines = List.copyOf(lines);
            attempts = List.copyOf(attempts);
        }
    }
}
