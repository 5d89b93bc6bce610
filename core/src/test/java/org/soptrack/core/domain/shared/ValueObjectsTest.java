package org.soptrack.core.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** Value objects normalize good input and name the field of bad input. */
class ValueObjectsTest {

    @Test
    void emails_are_trimmed_and_lower_cased_and_checked() {
        assertThat(Email.of("  Pat.Example@Dealer.COM ").value()).isEqualTo("pat.example@dealer.com");
        assertThatThrownBy(() -> Email.of("not-an-email")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> Email.of("a@b")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Email.of(" ")).hasMessageContaining("blank");
    }

    @Test
    void phone_numbers_are_e164_and_core_guesses_no_country() {
        assertThat(PhoneNumber.of("+1 (217) 555-0142").value()).isEqualTo("+12175550142");
        assertThatThrownBy(() -> PhoneNumber.of("(217) 555-0142")).as("no country code")
                .isInstanceOf(InvalidValueException.class);
        assertThat(PhoneNumber.of("+44 20 7946 0958").value()).isEqualTo("+442079460958");
        assertThatThrownBy(() -> PhoneNumber.of("12345")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PhoneNumber.of("call me")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void money_is_non_negative_and_kept_to_cents() {
        assertThat(Money.of("12.5").toString()).isEqualTo("12.50");
        assertThat(Money.of("10").plus(Money.of("0.05"))).isEqualTo(Money.of("10.05"));
        assertThat(Money.of("10").minusFloorZero(Money.of("12"))).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> Money.of("-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.of("1.234")).hasMessageContaining("two decimal");
        assertThatThrownBy(() -> Money.of("abc")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.of("1e12")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("-0")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.of("+5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("1e2")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of("1,000.00")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void codes_are_upper_cased_from_a_small_alphabet() {
        assertThat(RoNumber.of(" ro-1234 ").value()).isEqualTo("RO-1234");
        assertThat(PartNumber.of("90915-yzzd1").value()).isEqualTo("90915-YZZD1");
        assertThatThrownBy(() -> PartNumber.of("DROP TABLE; --")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("partNumber");
        assertThatThrownBy(() -> RoNumber.of("x".repeat(31))).hasMessageContaining("at most 30");
    }

    @Test
    void vehicles_check_year_and_vin() {
        assertThat(new Vehicle(2020, "Ford", "F-150", Optional.of("1ftfw1e50lfa12345")).vin()).contains("1FTFW1E50LFA12345");
        assertThatThrownBy(() -> new Vehicle(1800, "Ford", "T", Optional.empty())).hasMessageContaining("vehicle.year");
        assertThatThrownBy(() -> new Vehicle(2020, "Ford", "F", Optional.of("IOQ45678901234567")))
                .hasMessageContaining("vehicle.vin");
    }

    @Test
    void text_rejects_control_characters_and_over_long_input() {
        assertThatThrownBy(() -> Require.text("name", "a\u0000b", 10)).hasMessageContaining("control");
        assertThatThrownBy(() -> Require.text("name", "abcdefghijk", 10)).hasMessageContaining("at most 10");
        assertThat(Require.freeText("notes", "line one\nline two", 100)).isEqualTo("line one\nline two");
        assertThatThrownBy(() -> Require.freeText("notes", "bell\u0007", 100)).hasMessageContaining("control");
    }

    @Test
    void rooftop_scopes_intersect() {
        RooftopId a = RooftopId.of(UUID.randomUUID());
        RooftopId b = RooftopId.of(UUID.randomUUID());
        RooftopScope onlyA = RooftopScope.only(Set.of(a));
        assertThat(RooftopScope.allRooftops().intersect(onlyA)).contains(onlyA);
        assertThat(onlyA.intersect(RooftopScope.allRooftops())).contains(onlyA);
        assertThat(onlyA.intersect(RooftopScope.only(Set.of(a, b)))).contains(onlyA);
        assertThat(onlyA.intersect(RooftopScope.only(Set.of(b)))).isEmpty();
        assertThat(onlyA.covers(b)).isFalse();
        assertThatThrownBy(() -> RooftopScope.only(Set.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ids_parse_only_canonical_uuids() {
        UUID id = UUID.randomUUID();
        assertThat(TenantId.parse(id.toString()).value()).isEqualTo(id);
        assertThatThrownBy(() -> TenantId.parse("1-1-1-1-1")).hasMessageContaining("not a UUID");
        assertThatThrownBy(() -> MemberId.parse("nope")).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("memberId");
    }

    @Property(tries = 500)
    void page_cursors_round_trip(@ForAll @LongRange(min = 0, max = 253402300799L) long seconds,
                                 @ForAll @LongRange(min = 0, max = 999_999_999) long nanos,
                                 @ForAll long msb, @ForAll long lsb) {
        PageCursor cursor = new PageCursor(Instant.ofEpochSecond(seconds, nanos), new UUID(msb, lsb));
        assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Property(tries = 500)
    void any_text_is_a_cursor_or_an_invalid_value(@ForAll String text) {
        try {
            assertThat(PageCursor.decode(text)).isNotNull();
        } catch (InvalidValueException e) {
            assertThat(e.field()).isEqualTo("cursor");
        }
    }
}
