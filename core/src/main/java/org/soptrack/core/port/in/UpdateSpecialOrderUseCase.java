package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;

/** Replaces the editable data of an open special order; a stale version is a conflict (R-SOP-5). */
public interface UpdateSpecialOrderUseCase {

    Outcome<SpecialOrder> update(Command command);

    /** The new data and the version it was based on. */
    record Command(Actor actor, SpecialOrderId orderId, long expectedVersion, SpecialOrderDetails details) {
        public Command {
            Require.present("actor", actor);
            Require.present("orderId", orderId);
            Require.present("details", details);
        }
    }
}
