package org.soptrack.core.domain.notify;

import java.time.Instant;
import java.util.UUID;
import org.soptrack.core.domain.shared.Require;

/** One line of the delivery log: the n-th try of one message, when, and what the channel said. */
public record DeliveryAttempt(UUID messageId, int number, Instant at, Outcome outcome, String detail) {

    /** How the try ended. */
    public enum Outcome { DELIVERED, TRANSIENT_FAILURE, PERMANENT_FAILURE }

    public DeliveryAttempt {
        Require.present("messageId", messageId);
        Require.present("at", at);
        Require.present("outcome", outcome);
        detail = Require.present("detail", detail).length() > 500 ? detail.substring(0, 500) : detail;
        if (number < 1) {
            throw new IllegalArgumentException("Attempts count from 1");
        }
    }

    static Outcome outcomeOf(DeliveryResult result) {
        if (result instanceof DeliveryResult.Delivered) {
            return Outcome.DELIVERED;
        }
        return result instanceof DeliveryResult.TransientFailure ? Outcome.TRANSIENT_FAILURE : Outcome.PERMANENT_FAILURE;
    }
}
