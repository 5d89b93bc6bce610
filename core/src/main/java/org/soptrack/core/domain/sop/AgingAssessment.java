package org.soptrack.core.domain.sop;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.RooftopId;

/** How old a shelved part is, when its return deadline falls, which milestones it passed and what is at risk. */
public record AgingAssessment(SpecialOrderId orderId, RooftopId rooftopId, Instant receivedAt, Duration age,
                              Instant returnDeadline, Set<AgingMilestone> reached, boolean kept, Money valueAtRisk,
                              Money netValueAtRisk) {

    public AgingAssessment {
        reached = Set.copyOf(reached);
    }

    /** Whole days on the shelf. */
    public long ageDays() {
        return age.toDays();
    }

    public boolean overdue() {
        return reached.contains(AgingMilestone.AGING_THRESHOLD);
    }

    /** From the return deadline on, until returned, completed or explicitly kept. */
    public boolean inReturnOrBillQueue() {
        return reached.contains(AgingMilestone.RETURN_DEADLINE_PASSED) && !kept;
    }
}
