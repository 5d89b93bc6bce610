package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * Staff correct a customer's name, phone, e-mail address and contact preferences at the version they read (R-NOT-2,
 * the right of rectification). Who may register customers may correct them; naming an open, verified rectification
 * request of that customer completes it with what was corrected, and then the privacy managers (owner, admin) may too.
 * An erased customer stays erased ({@value #ERASED}). The correction is audited by the fields it changed, never their
 * values.
 */
public interface CorrectCustomerUseCase {

    String ERASED = "customer-erased";

    Outcome<Customer> correct(Command command);

    record Command(Actor actor, CustomerId customerId, long expectedVersion, Customer.Contact contact,
                   Optional<SubjectRequestId> rectifies) {
        public Command {
            Require.present("actor", actor);
            Require.present("customerId", customerId);
            Require.present("contact", contact);
            Require.present("rectifies", rectifies);
        }
    }
}
