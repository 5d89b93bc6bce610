package org.soptrack.core.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;

/** R-DSR-2 on dates: the due date, the one extension, due soon and overdue, and the reminders. */
class SubjectRequestTest {

    private static final ActorRef ADMIN = ActorRef.member(MemberId.of(UUID.randomUUID()));

    private static Instant at(String date) {
        return Instant.parse(date + "T12:00:00Z");
    }

    private static SubjectRequest received(Regime regime, String on, String now) {
        return SubjectRequest.receive(new SubjectRequestId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                RequestType.ACCESS, DataSubject.customer(UUID.randomUUID()), regime, Email.of("casey@example.com"),
                LocalDate.parse(on), ADMIN, at(now));
    }

    @ParameterizedTest(name = "{0} received {1} is due {2}")
    @CsvSource({
        "GDPR, 2026-01-31, 2026-02-28", // one calendar month is shorter than 30 days
        "GDPR, 2028-01-31, 2028-02-29", // leap year
        "GDPR, 2026-01-15, 2026-02-14", // 30 days is shorter than a 31-day month
        "GDPR, 2026-04-01, 2026-05-01", // both the same
        "GDPR, 2026-02-01, 2026-03-01", // February: the month is 28 days
        "GDPR, 2026-12-31, 2027-01-30",
        "CCPA, 2026-01-31, 2026-03-17",
        "CCPA, 2026-12-20, 2027-02-03"
    })
    void the_first_due_date_is_the_earlier_of_30_days_and_one_calendar_month_or_45_days_under_ccpa(
            Regime regime, String receivedOn, String due) {
        assertThat(received(regime, receivedOn, receivedOn).dueOn()).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void a_request_is_due_soon_from_seven_days_before_and_overdue_from_the_day_after_its_due_date() {
        SubjectRequest request = received(Regime.GDPR, "2026-04-01", "2026-04-01");
        assertThat(request.dueSoon(at("2026-04-23"))).isFalse();
        assertThat(request.dueSoon(at("2026-04-24"))).isTrue();
        assertThat(request.overdue(Instant.parse("2026-05-01T23:59:59Z"))).isFalse();
        assertThat(request.overdue(Instant.parse("2026-05-02T00:00:00Z"))).isTrue();
        assertThat(request.dueSoon(Instant.parse("2026-05-02T00:00:00Z"))).isFalse();
        request.complete("Export delivered by e-mail", ADMIN, at("2026-05-03"));
        assertThat(request.overdue(at("2026-05-03"))).isFalse();
    }

    @Test
    void one_extension_with_a_reason_before_the_first_deadline_adds_two_months_or_45_days() {
        SubjectRequest gdpr = received(Regime.GDPR, "2026-01-31", "2026-02-01");
        assertThat(gdpr.extend("Seven years of orders to collect", ADMIN, at("2026-02-28"))).isEmpty();
        assertThat(gdpr.dueOn()).isEqualTo(LocalDate.parse("2026-04-28"));
        assertThat(gdpr.extend("Still more orders to collect", ADMIN, at("2026-03-01")))
                .hasValueSatisfying(why -> assertThat(why).contains("once already"));
        assertThat(gdpr.state().firstDueOn()).isEqualTo(LocalDate.parse("2026-02-28"));

        SubjectRequest ccpa = received(Regime.CCPA, "2026-01-31", "2026-01-31");
        assertThat(ccpa.extend("Archive restore needed first", ADMIN, at("2026-03-17"))).isEmpty();
        assertThat(ccpa.dueOn()).isEqualTo(LocalDate.parse("2026-05-01"));

        SubjectRequest late = received(Regime.GDPR, "2026-01-31", "2026-01-31");
        assertThat(late.extend("Seven years of orders to collect", ADMIN, at("2026-03-01")))
                .hasValueSatisfying(why -> assertThat(why).contains("before that"));
        assertThat(late.dueOn()).isEqualTo(LocalDate.parse("2026-02-28"));

        assertThatThrownBy(() -> received(Regime.GDPR, "2026-01-31", "2026-01-31").extend("busy", ADMIN,
                at("2026-02-01"))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void staff_are_reminded_once_when_due_soon_once_when_overdue_and_again_after_an_extension() {
        SubjectRequest request = received(Regime.GDPR, "2026-04-01", "2026-04-01");
        assertThat(request.needsReminder(at("2026-04-23"))).isFalse();
        assertThat(request.needsReminder(at("2026-04-24"))).isTrue();
        request.reminded(at("2026-04-24"));
        assertThat(request.needsReminder(at("2026-04-30"))).isFalse();
        assertThat(request.needsReminder(at("2026-05-01"))).isFalse();
        assertThat(request.needsReminder(at("2026-05-02"))).isTrue();
        request.reminded(at("2026-05-02"));
        assertThat(request.needsReminder(at("2026-05-20"))).isFalse();

        SubjectRequest extended = received(Regime.GDPR, "2026-04-01", "2026-04-01");
        extended.reminded(at("2026-04-25"));
        extended.extend("Archive restore needed first", ADMIN, at("2026-04-26"));
        assertThat(extended.needsReminder(at("2026-04-27"))).isFalse();
        assertThat(extended.needsReminder(at("2026-06-24"))).isTrue();
    }

    @Test
    void a_request_cannot_be_received_in_the_future_or_after_it_was_already_due() {
        assertThatThrownBy(() -> received(Regime.GDPR, "2026-04-02", "2026-04-01"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("receivedOn"));
        assertThatThrownBy(() -> received(Regime.GDPR, "2026-03-01", "2026-04-02"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).contains("2026-03-31"));
        assertThat(received(Regime.GDPR, "2026-03-01", "2026-03-31").dueOn()).isEqualTo(LocalDate.parse("2026-03-31"));
    }

    @Test
    void verification_and_closing_happen_once() {
        SubjectRequest request = received(Regime.GDPR, "2026-04-01", "2026-04-01");
        assertThat(request.verify("Called back on the number on file", ADMIN, at("2026-04-02"))).isTrue();
        assertThat(request.verify("Called back on the number on file", ADMIN, at("2026-04-02"))).isFalse();
        assertThat(request.reject("Duplicate of an earlier request", ADMIN, at("2026-04-03"))).isTrue();
        assertThat(request.status()).isEqualTo(SubjectRequest.Status.REJECTED);
        assertThat(request.complete("Export delivered", ADMIN, at("2026-04-03"))).isFalse();
        assertThat(request.extend("Archive restore needed first", ADMIN, at("2026-04-03"))).isPresent();
    }
}
