package org.soptrack.core.domain.notify;

import org.soptrack.core.domain.shared.Require;

/** What a channel says about one delivery; the dispatcher, not the channel, decides what happens next. */
public sealed interface DeliveryResult {

    String detail();

    /** The provider accepted the message. */
    record Delivered(String detail) implements DeliveryResult {
        public Delivered {
            Require.present("detail", detail);
        }
    }

    /** It may work later (timeout, 5xx, 429, connection refused). */
    record TransientFailure(String detail) implements DeliveryResult {
        public TransientFailure {
            Require.present("detail", detail);
        }
    }

    /** It will never work as it is (bad address, blocked recipient, rejected credentials). */
    record PermanentFailure(String detail) implements DeliveryResult {
        public PermanentFailure {
            Require.present("detail", detail);
        }
    }
}
