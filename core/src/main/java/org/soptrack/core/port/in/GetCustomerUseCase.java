package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;

/** Reads one customer with their contact data; only roles that may read contact data get it. */
public interface GetCustomerUseCase {

    Outcome<Customer> get(Query query);

    /** Which customer. */
    record Query(Actor actor, CustomerId customerId) {
        public Query {
            Require.present("actor", actor);
            Require.present("customerId", customerId);
        }
    }
}
