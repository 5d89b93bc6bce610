package org.soptrack.core.service;

import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.FollowUp;
import org.soptrack.core.domain.sop.RoArrival;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.port.out.ContactAttemptRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** Reads one RO's lines and attempts and plans its follow-up; shared by the BDC list and the RO view. */
final class RepairOrderFollowUp {

    /** One RO as the BDC sees it. */
    record View(List<SpecialOrder> lines, RoArrival arrival, List<ContactAttempt> attempts, FollowUp followUp) {
    }

    private final SpecialOrderRepository orders;
    private final ContactAttemptRepository attempts;

    RepairOrderFollowUp(SpecialOrderRepository orders, ContactAttemptRepository attempts) {
        this.orders = orders;
        this.attempts = attempts;
    }

    View load(TenantId tenant, RooftopId rooftop, RoNumber ro, RooftopSettings settings) {
        List<SpecialOrder> lines = orders.findByRo(tenant, rooftop, ro);
        return plan(lines, attempts.findByRo(tenant, rooftop, ro), rooftop, ro, settings);
    }

    static View plan(List<SpecialOrder> lines, List<ContactAttempt> attempts, RooftopId rooftop, RoNumber ro,
                     RooftopSettings settings) {
        RoArrival arrival = RoArrival.of(rooftop, ro, lines);
        FollowUp followUp = settings.followUp().plan(arrival, attempts,
                settings.aging().earliestReturnDeadline(lines));
        return new View(lines, arrival, attempts, followUp);
    }

    static boolean dueAt(View view, Instant now) {
        return view.followUp().isDueAt(now);
    }
}
