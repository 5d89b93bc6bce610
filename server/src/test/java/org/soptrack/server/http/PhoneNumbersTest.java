package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;

/**
 * Typed numbers become E.164 in the rooftop's country (else the deployment's region), and numbers that cannot exist
 * are refused naming the field. The expected forms are written out from the numbering plans, not taken from the
 * library.
 */
class PhoneNumbersTest {

    private static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    private static final MemberActor CALLER = new MemberActor(MemberId.of(UUID.randomUUID()), TENANT, Role.OWNER,
            RooftopScope.allRooftops());

    private static Rooftop rooftop(String country) {
        return Rooftop.create(RooftopId.of(UUID.randomUUID()), TENANT,
                new Rooftop.Details("Main Street", "Toyota", "Springfield", "IL", country), Instant.EPOCH);
    }

    private static PhoneNumbers with(String region, Rooftop... rooftops) {
        return new PhoneNumbers(region, actor -> Outcome.ok(List.of(rooftops)));
    }

    private final PhoneNumbers.Reader us = with("US").anonymous();

    @Test
    void numbers_typed_any_way_become_e164() {
        assertThat(us.read("phone", "(217) 555-0142").value()).isEqualTo("+12175550142");
        assertThat(us.read("phone", "217.555.0142").value()).isEqualTo("+12175550142");
        assertThat(us.read("phone", "1 217 555 0142").value()).isEqualTo("+12175550142");
        assertThat(us.read("phone", "+44 20 7946 0958").value()).as("another country by its code")
                .isEqualTo("+442079460958");
    }

    @Test
    void a_number_without_its_country_code_is_read_in_the_rooftops_country() {
        Rooftop london = rooftop("GB");
        Rooftop springfield = rooftop("US");
        PhoneNumbers phones = with("US", london, springfield);
        assertThat(phones.forCaller(CALLER, Optional.of(london.id())).read("smsNumbers", "020 7946 0958").value())
                .isEqualTo("+442079460958");
        assertThat(with("US", london).forCaller(CALLER, Optional.empty()).read("phone", "020 7946 0958").value())
                .as("all the caller's rooftops are in one country").isEqualTo("+442079460958");
        assertThat(phones.forCaller(CALLER, Optional.empty()).region()).as("rooftops in two countries: the deployment's")
                .isEqualTo("US");
        assertThat(with("gb").anonymous().read("phone", "020 7946 0958").value()).isEqualTo("+442079460958");
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
        assertThatThrownBy(() -> with("XX")).isInstanceOf(ConfigurationException.class);
    }
}
