package org.soptrack.core.port.in;

import java.util.List;

import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Legal holds (R-RET-2): an organization's administrators place one on the organization, a member or a customer with
 * a written reason, and release it; while in force, no retention rule removes what it covers.
 */
public interface LegalHoldsUseCase {

    Outcome<LegalHold> place(Place command);

    Outcome<LegalHold> release(Actor actor, LegalHoldId id);

    /** Every hold of the organization, those in force first. */
    Outcome<List<LegalHold>> list(Actor actor);

    /** Place a hold on {@code subject} because of {@code reason}. */
    record Place(Actor actor, HoldSubject subject, String reason) {
        public Place {
            Require.present("actor", actor);
            Require.present("subject", subject);
        }
    }

    /** The refusal to release a hold that was released already. */
    String RELEASED_ALREADY = "hold-released";
}
