package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;

/** Moves a special order to another status, recording who, when and why (R-SOP-1, R-SOP-2). */
public interface TransitionSpecialOrderUseCase {

    Outcome<SpecialOrder> transition(Command command);

    /** What a move to {@code target} needs: marking the customer notified is the BDC's too, every other move not. */
    static Permission permissionFor(SopStatus target) {
        return target == SopStatus.CUSTOMER_NOTIFIED ? Permission.SOP_MARK_CUSTOMER_NOTIFIED : Permission.SOP_TRANSITION;
    }

    /** The target status, an optional reason and the version the move was decided on. */
    record Command(Actor actor, SpecialOrderId orderId, long expectedVersion, SopStatus target, Optional<String> reason) {
        public Command {
            Require.present("actor", actor);
            Require.present("orderId", orderId);
            Require.present("target", target);
            reason = Require.present("reason", reason).map(r -> Require.text("reason", r, 500));
        }
    }
}
