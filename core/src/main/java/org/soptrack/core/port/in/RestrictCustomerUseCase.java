package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Restriction of processing and objection (R-DSR-5), as a dealership's administrators grant them for a customer: while
 * restricted, the customer's data stays and no message goes to them. Lifting ends it.
 */
public interface RestrictCustomerUseCase {

    Outcome<Customer> restrict(Command command);

    Outcome<Customer> lift(Command command);

    /** Why: the customer asked for restriction, or objected to the processing. */
    enum Ground { RESTRICTION, OBJECTION }

    /** Who, which customer, on what ground (for the audit log). */
    record Command(Actor actor, CustomerId customer, Ground ground) {
        public Command {
            Require.present("actor", actor);
            Require.present("customer", customer);
            Require.present("ground", ground);
        }
    }

    /** The refusal to restrict a customer who is restricted, or to lift what is not restricted. */
    String UNCHANGED = "restriction-unchanged";
}
