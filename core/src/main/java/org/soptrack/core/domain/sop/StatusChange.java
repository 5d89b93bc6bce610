package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Require;

/** One entry of a special order's history: who moved it, when, from where to where and why (R-SOP-2). */
public record StatusChange(SopStatus from, SopStatus to, ActorRef by, Instant at, Optional<String> reason) {

    public StatusChange {
        Require.present("from", from);
        Require.present("to", to);
        Require.present("by", by);
        Require.present("at", at);
        reason = Require.present("reason", reason).map(r -> Require.text("reason", r, 500));
    }
}
