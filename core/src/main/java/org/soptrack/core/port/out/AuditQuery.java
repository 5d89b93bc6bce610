package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.Require;

/** A filter over the audit log (R-AUD-2): by actor, actions and time range [from, to); newest first, keyset paged. */
public record AuditQuery(Optional<ActorRef> actor, Set<AuditAction> actions, Optional<Instant> from,
                         Optional<Instant> to, Optional<PageCursor> after, int limit) {

    public AuditQuery {
        Require.present("actor", actor);
        actions = Set.copyOf(Require.present("actions", actions));
        Require.present("from", from);
        Require.present("to", to);
        Require.present("after", after);
        Page.limit(limit);
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
