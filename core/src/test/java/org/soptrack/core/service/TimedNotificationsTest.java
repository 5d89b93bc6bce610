package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.TimedNotificationsUseCase;

/**
 * Time-driven events raised once per threshold, at their boundaries, on a fake clock (R-SOP-4, R-SOP-4c): aging at 14
 * days, return deadline near 5 days before the 30-day window ends, a BDC call 3 days after arrival, then every 2 days.
 */
class TimedNotificationsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final NotifyFixture n = new NotifyFixture();
    private final CoreFixture f = n.f;
    private final CoreFixture.Org acme = f.signUp("Acme Motors");
    private final CoreFixture.Org other = f.signUp("Other Motors");

    @BeforeEach
    void partsOnTheShelfOfBothOrganizations() {
        for (CoreFixture.Org org : new CoreFixture.Org[] {acme, other}) {
            n.save(org.owner(), NotifyFixture.settings(org.rooftop(), Map.of(
                    NotificationEvent.AGING_THRESHOLD_PASSED, Set.of(ChannelKind.EMAIL),
                    NotificationEvent.RETURN_DEADLINE_NEAR, Set.of(ChannelKind.EMAIL),
                    NotificationEvent.BDC_CONTACT_DUE, Set.of(ChannelKind.GROUPME)), Set.of()));
        }
        f.walk(acme.owner(), f.create(acme.owner(), acme.rooftop(), f.customer(acme.owner()), "RO-A").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
    }

    private TimedNotificationsUseCase.Report runAt(Duration sinceReceipt) {
        f.clock.set(Instant.parse("2026-03-02T14:00:00Z").plus(sinceReceipt));
        return f.core.notifications().timedNotifications().raiseDue();
    }

    @Test
    void the_aging_threshold_is_raised_at_14_days_not_a_second_before_and_only_once() {
        assertThat(runAt(Duration.ofDays(14).minus(SECOND)).aging()).isZero();
        TimedNotificationsUseCase.Report report = runAt(Duration.ofDays(14));
        assertThat(report.aging()).isEqualTo(1);
        assertThat(report.organizations()).isEqualTo(2);
        assertThat(runAt(Duration.ofDays(14).plus(Duration.ofHours(1))).aging()).isZero();
        assertThat(n.log(acme.owner())).filteredOn(e -> e.message().event() == NotificationEvent.AGING_THRESHOLD_PASSED)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.text()).get().asString().contains("on the shelf 14 days", "RO-A"));
    }

    @Test
    void the_return_deadline_is_near_from_25_days_on_and_raised_once() {
        assertThat(runAt(Duration.ofDays(25).minus(SECOND)).deadlinesNear()).isZero();
        assertThat(runAt(Duration.ofDays(25)).deadlinesNear()).isEqualTo(1);
        assertThat(runAt(Duration.ofDays(27)).deadlinesNear()).isZero();
        assertThat(n.log(acme.owner())).filteredOn(e -> e.message().event() == NotificationEvent.RETURN_DEADLINE_NEAR)
                .allSatisfy(e -> assertThat(e.text()).get().asString().contains("by 2026-04-01"));
    }

    @Test
    void a_bdc_call_falls_due_after_3_days_and_again_2_days_after_an_unanswered_call() {
        assertThat(runAt(Duration.ofDays(3).minus(SECOND)).callsDue()).isZero();
        assertThat(runAt(Duration.ofDays(3)).callsDue()).isEqualTo(1);
        assertThat(runAt(Duration.ofDays(4)).callsDue()).as("still the same due call").isZero();
        f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(acme.owner(), acme.rooftop(),
                RoNumber.of("RO-A"), ContactChannel.CALL, ContactOutcome.NO_ANSWER, "no answer")).orElseThrow();
        assertThat(runAt(Duration.ofDays(6).minus(SECOND)).callsDue()).isZero();
        assertThat(runAt(Duration.ofDays(6)).callsDue()).as("recycled 2 days after the attempt").isEqualTo(1);
    }

    @Test
    void one_organizations_events_never_reach_another_and_its_log_and_retry_stay_closed_to_it() {
        runAt(Duration.ofDays(30));
        n.dispatchAll();
        assertThat(n.log(other.owner())).extracting(e -> e.message().event())
                .containsOnly(NotificationEvent.ORGANIZATION_SIGNUP);
        var acmeMessage = n.log(acme.owner()).get(0).message();
        assertThat(f.core.notifications().deliveryLog().retry(other.owner(), acmeMessage.id())).isInstanceOf(Outcome.NotFound.class);
        assertThat(n.email.delivered()).filteredOn(d -> d.tenant().equals(java.util.Optional.of(other.tenant())))
                .extracting(d -> d.event()).containsOnly(NotificationEvent.ORGANIZATION_SIGNUP);
        assertThat(n.groupMe.delivered()).isNotEmpty().allSatisfy(d -> assertThat(d.tenant()).contains(acme.tenant()));
    }
}
