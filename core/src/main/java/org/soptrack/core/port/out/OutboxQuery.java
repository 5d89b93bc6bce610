package org.soptrack.core.port.out;

import java.util.Optional;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;

/** A filter over the outbox for the delivery log: by status and rooftop, newest first, one page at a time. */
public record OutboxQuery(Optional<OutboxMessage.Status> status, Optional<RooftopId> rooftop,
                          Optional<PageCursor> after, int limit) {

    public OutboxQuery {
        Require.present("status", status);
        Require.present("rooftop", rooftop);
        Require.present("after", after);
        Page.limit(limit);
    }
}
