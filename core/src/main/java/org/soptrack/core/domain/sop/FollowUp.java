package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;

/** Where the BDC customer-contact task of one repair order stands (R-SOP-4c). */
public record FollowUp(Stage stage, Optional<Instant> dueAt) {

    /** The stages of the contact task. */
    public enum Stage {
        /** Nothing on the shelf waits for a call (not received yet with partial contact off, or already notified). */
        NOTHING_TO_DO,
        /** Some parts of the RO are still missing and contact waits for all of them. */
        WAITING_FOR_PARTS,
        /** The customer was reached; no more calls needed. */
        CUSTOMER_REACHED,
        /** A call is due at {@code dueAt}. */
        SCHEDULED
    }

    static FollowUp at(Instant due) {
        return new FollowUp(Stage.SCHEDULED, Optional.of(due));
    }

    static FollowUp none(Stage stage) {
        return new FollowUp(stage, Optional.empty());
    }

    public boolean isDueAt(Instant now) {
        return dueAt.isPresent() && !now.isBefore(dueAt.get());
    }
}
