package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.tenancy.Actor;

/** Records a dealership customer and how they may be contacted. */
public interface RegisterCustomerUseCase {

    Outcome<Customer> register(Command command);

    /** The customer's name and contact details. */
    record Command(Actor actor, Customer.Contact contact) {
        public Command {
            Require.present("actor", actor);
            Require.present("contact", contact);
        }
    }
}
