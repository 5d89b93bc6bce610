package org.soptrack.core.domain.tenancy;

import java.time.Instant;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Require;

/**
 * An owner's request to delete the whole organization: when and by whom, and when its purge may start, after a
 * cooling-off period in which any owner may cancel it.
 */
public record DeletionRequest(Instant requestedAt, ActorRef by, Instant purgeFrom) {

    public DeletionRequest {
        Require.present("requestedAt", requestedAt);
        Require.present("by", by);
        Require.present("purgeFrom", purgeFrom);
        if (purgeFrom.isBefore(requestedAt)) {
            throw new IllegalArgumentException("A purge cannot start before it was asked for");
        }
    }
}
