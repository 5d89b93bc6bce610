package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/** A dealership's end customer: personal data, contact details and contact preferences. */
public final class Customer {

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

    private State state;
    private final Versioned version;

    private Customer(State state, Versioned version) {
        this.state = state;
        this.version = version;
    }

    public static Customer create(CustomerId id, TenantId tenantId, Contact contact, Instant now) {
        return new Customer(new State(id, tenantId, contact, now), Versioned.fresh());
    }

    public static Customer reconstitute(State state, long version) {
        return new Customer(state, Versioned.loaded(version));
    }

    public void changeContact(Contact contact) {
        state = new State(state.id(), state.tenantId(), contact, state.createdAt());
        version.changed();
    }

    public CustomerId id() {
        return state.id();
    }

    public TenantId tenantId() {
        return state.tenantId();
    }

    public Contact contact() {
        return state.contact();
    }

    public State state() {
        return state;
    }

    public long version() {
        return version.current();
    }

    public long persistedVersion() {
        return version.persisted();
    }
}
