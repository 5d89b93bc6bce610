package org.soptrack.core.domain.sop;

import java.time.Instant;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Require;

/** Someone decided to keep a part on the shelf past its return deadline, taking it out of the "return or bill" queue. */
public record KeepDecision(ActorRef by, Instant at, String reason) {

    public KeepDecision {
        Require.present("by", by);
        Require.present("at", at);
        reason = Require.text("reason", reason, 500);
    }
}
