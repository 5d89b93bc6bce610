package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Versioned;

/** A dealership's end customer: personal data, contact details and contact preferences. */
public final class Customer extends Aggregate<Customer.State> {

    /** Name and ways to reach a customer. */
    public record Contact(String name, Optional<PhoneNumber> phone, Optional<Email> email, ContactPreferences preferences) {
        public Contact {
            name = Require.text("name", name, 200);
            Require.present("phone", phone);
            Require.present("email", email);
            Require.present("preferences", preferences);
        }
    }

    /** The stored form of a customer. */
    public record State(CustomerId id, TenantId tenantId, Contact contact, Instant createdAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("contact", contact);
            Require.present("createdAt", createdAt);
        }
    }

    private Customer(State state, Versioned version) {
        super(state, version);
    }

    public static Customer create(CustomerId id, TenantId tenantId, Contact contact, Instant now) {
        return new Customer(new State(id, tenantId, contact, now), Versioned.fresh());
    }

    public static Customer reconstitute(State state, long version) {
        return new Customer(state, Versioned.loaded(version));
    }

    public void changeContact(Contact contact) {
        change(new State(state().id(), state().tenantId(), contact, state().createdAt()));
    }

    public CustomerId id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public Contact contact() {
        return state().contact();
    }
}
