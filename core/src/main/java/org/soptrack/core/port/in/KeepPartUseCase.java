package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;

/** Keeps a shelved part past its return deadline on purpose, taking it out of the "return or bill" queue. */
public interface KeepPartUseCase {

    Outcome<SpecialOrder> keep(Command command);

    /** Which order, why, and the version the decision was made on. */
    record Command(Actor actor, SpecialOrderId orderId, long expectedVersion, String reason) {
        public Command {
            Require.present("actor", actor);
            Require.present("orderId", orderId);
            reason = Require.text("reason", reason, 500);
        }
    }
}
