package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.out.SpecialOrderQuery;

/** Searches special orders with filters and keyset pagination (R-SOP-6), within the actor's rooftops. */
public interface SearchSpecialOrdersUseCase {

    Outcome<Page<SpecialOrder>> search(Query query);

    /** The filter; its rooftop scope is narrowed to the actor's own. */
    record Query(Actor actor, SpecialOrderQuery filter) {
        public Query {
            Require.present("actor", actor);
            Require.present("filter", filter);
        }
    }
}
