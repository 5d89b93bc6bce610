package org.soptrack.core.domain.sop;

/** The outcome of asking a special order to change status. */
public sealed interface TransitionResult permits TransitionResult.Moved, TransitionResult.Rejected {

    /** The order moved; the change is now the last history entry. */
    record Moved(StatusChange change) implements TransitionResult {
    }

    /** The move is not allowed; nothing changed. */
    record Rejected(SopStatus from, SopStatus to) implements TransitionResult {
        public String message() {
            return "A special order cannot move from " + from + " to " + to;
        }
    }
}
