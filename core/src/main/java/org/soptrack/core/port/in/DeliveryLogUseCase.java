package org.soptrack.core.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.out.OutboxQuery;

/**
 * The delivery log and dead letters for administrators (R-NOT-4): every message with its attempts, newest first, and
 * a retry for a dead letter. Messages about one rooftop are shown to administrators of that rooftop; the rest, to
 * administrators of every rooftop. The text of sensitive messages (codes, invitation links) is never shown.
 */
public interface DeliveryLogUseCase {

    /** The code of the refusal to retry a message that is not dead. */
    String NOT_DEAD = "not-dead";

    Outcome<Page<Entry>> list(Actor actor, OutboxQuery query);

    Outcome<Entry> retry(Actor actor, UUID messageId);

    /** One message as the log shows it; {@code text} is empty for sensitive messages. */
    record Entry(OutboxMessage message, Optional<String> text, List<DeliveryAttempt> attempts) {
        public Entry {
            Require.present("message", message);
            Require.present("text", text);
            attempts = List.copyOf(attempts);
        }
    }
}
