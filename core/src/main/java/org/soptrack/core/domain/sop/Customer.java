package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;

/**
 * A dealership's end customer: personal data, contact details and contact preferences. A customer who asked for
 * restriction of processing, or objected to it (R-DSR-5), is restricted: the data stays, nothing is sent to them.
 */
public final class Customer extends Aggregate<Customer.State> {

    /** Name and ways to reach a customer. */
    public record Contact(String name, Optional<PhoneNumber> phone, Optional<Email> email, ContactPreferences preferences) {
        public Contact {
            name = Require.text("name", name, 200);
            Require.present("phone", phone);
            Require.present("email", email);
            Require.present("preferences", preferences);
        }

        /** The first name's initial and the surname ("C. Customer"): how group chats, SMS and bin labels name one. */
        public String shortName() {
            String[] words = name.strip().split("\\s+");
            return words[0].charAt(0) + "." + (words.length > 1 ? " " + words[words.length - 1] : "");
        }
    }

    /**
     * The stored form of a customer; {@code registeredBy} is whoever registered them (empty for customers registered
     * before it was recorded), which lets a member limited to some rooftops read the customers they registered.
     */
    public record State(CustomerId id, TenantId tenantId, Contact contact, Instant createdAt,
                        Optional<ActorRef> registeredBy, Optional<Instant> restrictedSince) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("contact", contact);
            Require.present("createdAt", createdAt);
            Require.present("registeredBy", registeredBy);
            Require.present("restrictedSince", restrictedSince);
        }

        State with(Contact next, Optional<Instant> restricted) {
            return new State(id, tenantId, next, createdAt, registeredBy, restricted);
        }
    }

    private Customer(State state, Versioned version) {
        super(state, version);
    }

    public static Customer create(CustomerId id, TenantId tenantId, Contact contact, ActorRef registeredBy,
                                  Instant now) {
        return new Customer(new State(id, tenantId, contact, now, Optional.of(registeredBy), Optional.empty()),
                Versioned.fresh());
    }

    public static Customer reconstitute(State state, long version) {
        return new Customer(state, Versioned.loaded(version));
    }

    public void changeContact(Contact contact) {
        change(state().with(contact, state().restrictedSince()));
    }

    /** The name an erased customer keeps; the record stays because special orders refer to it. */
    public static final String ERASED_NAME = "Erased customer";

    /**
     * Erasure (R-DSR-4): the name, phone and e-mail go, every channel is refused, and processing stays restricted so
     * nothing is ever sent again. False if the customer was erased already.
     */
    public boolean erase(Instant now) {
        if (erased()) {
            return false;
        }
        change(state().with(ERASED, Optional.of(state().restrictedSince().orElse(now))));
        return true;
    }

    private static final Contact ERASED = new Contact(ERASED_NAME, Optional.empty(), Optional.empty(),
            new ContactPreferences(false, false, false, true));

    /** Whether the customer's data was erased (R-DSR-4). */
    public boolean erased() {
        return contact().equals(ERASED) && restricted();
    }

    /** Processing is restricted from {@code now} (a restriction or objection was granted); false if it was already. */
    public boolean restrict(Instant now) {
        if (restricted()) {
            return false;
        }
        change(state().with(contact(), Optional.of(now)));
        return true;
    }

    /** The restriction ends; false if there was none. */
    public boolean liftRestriction() {
        if (!restricted()) {
            return false;
        }
        change(state().with(contact(), Optional.empty()));
        return true;
    }

    public boolean restricted() {
        return state().restrictedSince().isPresent();
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

    public Optional<ActorRef> registeredBy() {
        return state().registeredBy();
    }
}
