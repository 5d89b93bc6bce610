package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * A dated, attributed note staff write on a special order or on a customer (R-SOP-8). Written once, never changed;
 * erasing the customer it is about replaces its text with {@value #ERASED}.
 */
public record Note(UUID id, TenantId tenantId, About about, String text, ActorRef author, Instant at) {

    public static final int MAX_LENGTH = 2000;
    public static final String ERASED = "(erased)";

    /** What a note is written on: exactly one special order or one customer. */
    public record About(Optional<SpecialOrderId> order, Optional<CustomerId> customer) {
        public About {
            Require.present("order", order);
            Require.present("customer", customer);
            if (order.isPresent() == customer.isPresent()) {
                throw new IllegalArgumentException("A note is about one special order or one customer");
            }
        }

        public static About order(SpecialOrderId id) {
            return new About(Optional.of(id), Optional.empty());
        }

        public static About customer(CustomerId id) {
            return new About(Optional.empty(), Optional.of(id));
        }
    }

    public Note {
        Require.present("id", id);
        Require.present("tenantId", tenantId);
        Require.present("about", about);
        text = Require.freeText("text", text, MAX_LENGTH);
        if (text.isEmpty()) {
            throw new InvalidValueException("text", "must not be blank");
        }
        Require.present("author", author);
        Require.present("at", at);
    }
}
