package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;

/** Reads one special order with its history. */
public interface GetSpecialOrderUseCase {

    Outcome<SpecialOrder> get(Query query);

    /** Which order. */
    record Query(Actor actor, SpecialOrderId orderId) {
        public Query {
            Require.present("actor", actor);
            Require.present("orderId", orderId);
        }
    }
}
