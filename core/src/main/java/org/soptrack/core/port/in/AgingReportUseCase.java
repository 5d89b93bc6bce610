package org.soptrack.core.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.AgingAssessment;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;

/** Lists aging parts with the money at risk per rooftop, and the "return or bill" queue (R-SOP-4, R-SOP-4a). */
public interface AgingReportUseCase {

    Outcome<Report> report(Query query);

    /** Who asks, and optionally which rooftop. */
    record Query(Actor actor, Optional<RooftopId> rooftopId) {
        public Query {
            Require.present("actor", actor);
            Require.present("rooftopId", rooftopId);
        }
    }

    /** One shelved order and how it stands. */
    record Entry(SpecialOrder order, AgingAssessment assessment) {
    }

    /** Money at risk at one rooftop, gross and net of deposits held, over its overdue parts. */
    record RooftopTotal(RooftopId rooftopId, int overdueParts, Money valueAtRisk, Money netValueAtRisk) {
    }

    /** Overdue parts (oldest first), the return-or-bill queue (earliest deadline first) and totals per rooftop. */
    record Report(List<Entry> overdue, List<Entry> returnOrBill, Map<RooftopId, RooftopTotal> totals) {
        public Report {
            overdue = List.copyOf(overdue);
            returnOrBill = List.copyOf(returnOrBill);
            totals = Map.copyOf(totals);
        }
    }
}
