package org.soptrack.core.port.in;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.AgingAssessment;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;

/**
 * The parts board of one rooftop (R-WEB-2): how many orders stand at each status (every status present), and the
 * newest orders of one status, each with its age and, for a part on the shelf, how it stands against the rooftop's
 * aging threshold and return deadline (the badges the board shows). Who may read the rooftop's orders may read it.
 */
public interface PartsBoardUseCase {

    Outcome<Board> board(Query query);

    /** Which rooftop, and optionally which status's orders, at most {@code limit} of them. */
    record Query(Actor actor, RooftopId rooftop, Optional<SopStatus> status, int limit) {
        public Query {
            Require.present("actor", actor);
            Require.present("rooftop", rooftop);
            Require.present("status", status);
            Page.limit(limit);
        }
    }

    /** One order on the board: how long since it was opened, and its aging assessment while on the shelf. */
    record Line(SpecialOrder order, Duration age, Optional<AgingAssessment> aging) {
        public long ageDays() {
            return age.toDays();
        }
    }

    record Board(Rooftop rooftop, Map<SopStatus, Long> counts, List<Line> orders) {
        public Board {
            counts = Map.copyOf(counts);
            orders = List.copyOf(orders);
        }
    }
}
