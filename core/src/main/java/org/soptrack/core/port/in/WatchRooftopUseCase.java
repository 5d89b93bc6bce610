package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Hearing that a rooftop's special orders changed, so that a board someone has open refreshes itself (R-WEB-2). Only
 * who may read the rooftop's orders may watch it; the listener learns that something changed and nothing else, and
 * reads the board again through the use cases that check its rights.
 */
public interface WatchRooftopUseCase {

    Outcome<Subscription> watch(Actor actor, RooftopId rooftop, Runnable listener);

    /** A running watch; closing it twice is harmless. */
    interface Subscription {
        void close();
    }
}
