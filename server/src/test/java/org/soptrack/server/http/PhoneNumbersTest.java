package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.InvalidValueException;

/**
 * Typed numbers become E.164 in the deployment's region, and numbers that cannot exist are refused naming the field
 * (the expected forms are written out from the numbering plans, not taken from the library).
 */
class PhoneNumbersTest {

    private final PhoneNumbers us = new PhoneNumbers("US");

    @Test
    void numbers_typed_any_way_in_the_region_become_e164() {
        assertThat(us.read("phone", "(217) 555-0142").value()).isEqualTo("+12175550142");
        assertThat(us.read("phone", "217.555.0142").value()).isEqualTo("+12175550142");
        assertThat(us.read("phone", "1 217 555 0142").value()).isEqualTo("+12175550142");
        assertThat(us.read("phone", "+44 20 7946 0958").value()).as("another country by its code")
                .isEqualTo("+442079460958");
        assertThat(new PhoneNumbers("gb").read("phone", "020 7946 0958").value()).isEqualTo("+442079460958");
    }

    @Test
    void impossible_numbers_are_refused_naming_the_field() {
        for (String impossible : new String[] {"(555) 123-4567", "217-555-014", "+1 217 555 01422", "12345",
                "call me", "+999 1234 5678", " "}) {
            assertThatThrownBy(() -> us.read("customer.phone", impossible)).as(impossible)
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("customer.phone"));
        }
        assertThat(us.optional("phone", null)).isEmpty();
    }

    @Test
    void an_unknown_region_stops_the_start() {
        assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(ConfigurationException.class);
    }
}
