package org.soptrack.core.domain.tenancy;

import java.time.Instant;
import java.util.Locale;
import org.soptrack.core.domain.shared.Aggregate;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.Versioned;
import org.soptrack.core.domain.sop.RooftopSettings;

/** One store of an organization, with the settings its parts department works by. */
public final class Rooftop extends Aggregate<Rooftop.State> {

    /** Name and place of a rooftop. */
    /**
     * What staff call the rooftop and where it is: {@code stateCode} is the state or province, {@code country} the
     * ISO 3166-1 alpha-2 code (US unless given), in which phone numbers entered for the rooftop are read.
     */
    public record Details(String name, String brand, String city, String stateCode, String country) {
        public Details {
            name = Require.text("name", name, 120);
            brand = Require.text("brand", brand, 60);
            city = Require.text("city", city, 120);
            stateCode = Require.text("stateCode", stateCode, 40);
            country = Require.text("country", country, 2).toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw new InvalidValueException("country",
                        "must be a two-letter ISO 3166 country code");
            }
        }

        public Details(String name, String brand, String city, String stateCode) {
            this(name, brand, city, stateCode, "US");
        }
    }

    /** The stored form of a rooftop. */
    public record State(RooftopId id, TenantId tenantId, Details details, RooftopSettings settings, Instant createdAt) {
        public State {
            Require.present("id", id);
            Require.present("tenantId", tenantId);
            Require.present("details", details);
            Require.present("settings", settings);
            Require.present("createdAt", createdAt);
        }
    }

    private Rooftop(State state, Versioned version) {
        super(state, version);
    }

    public static Rooftop create(RooftopId id, TenantId tenantId, Details details, Instant now) {
        return new Rooftop(new State(id, tenantId, details, RooftopSettings.defaults(), now), Versioned.fresh());
    }

    public static Rooftop reconstitute(State state, long version) {
        return new Rooftop(state, Versioned.loaded(version));
    }

    public void changeDetails(Details details) {
        change(new State(state().id(), state().tenantId(), details, state().settings(), state().createdAt()));
    }

    public void changeSettings(RooftopSettings settings) {
        change(new State(state().id(), state().tenantId(), state().details(), settings, state().createdAt()));
    }

    public RooftopId id() {
        return state().id();
    }

    public TenantId tenantId() {
        return state().tenantId();
    }

    public Details details() {
        return state().details();
    }

    public RooftopSettings settings() {
        return state().settings();
    }
}
