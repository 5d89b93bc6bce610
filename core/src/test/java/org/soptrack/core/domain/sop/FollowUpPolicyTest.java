package org.soptrack.core.domain.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.tck.TestData;

/** R-SOP-4b and R-SOP-4c: "all parts arrived" per RO and the BDC call rhythm that follows it. */
class FollowUpPolicyTest {

    private final TenantId tenant = TestData.newTenant();
    private final RooftopId rooftop = RooftopId.of(UUID.randomUUID());
    private final CustomerId customer = new CustomerId(UUID.randomUUID());
    private final RoNumber ro = RoNumber.of("RO-77");
    private final List<SpecialOrder> lines = new ArrayList<>();
    private final List<ContactAttempt> attempts = new ArrayList<>();
    private final FollowUpPolicy policy = FollowUpPolicy.DEFAULTS;

    @BeforeEach
    void twoLinesOrdered() {
        for (int i = 1; i <= 2; i++) {
            SpecialOrder line = SpecialOrder.create(new SpecialOrderId(UUID.randomUUID()), tenant, rooftop, SopNumber.of(i),
                    TestData.details(customer, "RO-77", "P-" + i), ActorRef.system(), TestData.T0);
            line.moveTo(SopStatus.ORDERED, ActorRef.system(), TestData.T0, Optional.empty());
            lines.add(line);
        }
    }

    private Instant day(double days) {
        return TestData.T0.plus(Duration.ofMinutes((long) (days * 24 * 60)));
    }

    private void receive(int line, Instant at) {
        lines.get(line).moveTo(SopStatus.RECEIVED, ActorRef.system(), at, Optional.empty());
    }

    private void attempt(Instant at, ContactOutcome outcome) {
        attempts.add(new ContactAttempt(new ContactAttemptId(UUID.randomUUID()), tenant, rooftop, ro, customer, at,
                ActorRef.system(), ContactChannel.CALL, outcome, ""));
    }

    private RoArrival arrival() {
        return RoArrival.of(rooftop, ro, lines);
    }

    private FollowUp plan(Optional<Instant> deadline) {
        return policy.plan(arrival(), attempts, deadline);
    }

    @Test
    void an_ro_has_arrived_only_when_every_line_that_still_counts_was_received() {
        receive(0, day(1));
        assertThat(arrival().allArrived()).isFalse();
        assertThat(arrival().arrived()).isEqualTo(1);
        assertThat(plan(Optional.empty()).stage()).isEqualTo(FollowUp.Stage.WAITING_FOR_PARTS);
        lines.get(1).moveTo(SopStatus.CANCELLED, ActorRef.system(), day(2), Optional.of("customer declined"));
        assertThat(arrival().allArrived()).isTrue();
        assertThat(arrival().allArrivedAt()).contains(day(1));
        assertThat(arrival().lines()).isEqualTo(1);
    }

    @Test
    void an_ro_with_every_line_cancelled_has_not_arrived() {
        lines.forEach(l -> l.moveTo(SopStatus.CANCELLED, ActorRef.system(), day(1), Optional.empty()));
        assertThat(arrival().allArrived()).isFalse();
        assertThat(plan(Optional.empty()).stage()).isEqualTo(FollowUp.Stage.NOTHING_TO_DO);
    }

    @Test
    void the_first_call_is_due_three_days_after_the_last_part_arrived() {
        receive(0, day(1));
        receive(1, day(2));
        FollowUp f = plan(Optional.empty());
        assertThat(f.dueAt()).contains(day(5));
        assertThat(f.isDueAt(day(5).minusSeconds(1))).isFalse();
        assertThat(f.isDueAt(day(5))).isTrue();
    }

    @Test
    void unanswered_calls_recycle_every_two_days_until_the_customer_is_reached() {
        receive(0, day(1));
        receive(1, day(1));
        attempt(day(4), ContactOutcome.VOICEMAIL);
        assertThat(plan(Optional.empty()).dueAt()).contains(day(6));
        attempt(day(6.5), ContactOutcome.NO_ANSWER);
        assertThat(plan(Optional.empty()).dueAt()).contains(day(8.5));
        attempt(day(8.5), ContactOutcome.REACHED);
        assertThat(plan(Optional.empty()).stage()).isEqualTo(FollowUp.Stage.CUSTOMER_REACHED);
        assertThat(plan(Optional.empty()).isDueAt(day(100))).isFalse();
    }

    @Test
    void calls_become_daily_within_seven_days_of_the_return_deadline() {
        receive(0, day(0));
        receive(1, day(0));
        Optional<Instant> deadline = Optional.of(day(30));
        attempt(day(20), ContactOutcome.NO_ANSWER);
        assertThat(plan(deadline).dueAt()).contains(day(22));
        attempt(day(22), ContactOutcome.NO_ANSWER);
        assertThat(plan(deadline).dueAt()).contains(day(23));
        attempt(day(23), ContactOutcome.NO_ANSWER);
        assertThat(plan(deadline).dueAt()).contains(day(24));
    }

    @Test
    void when_the_deadline_is_close_the_first_call_does_not_wait_three_days() {
        receive(0, day(0));
        receive(1, day(0));
        assertThat(plan(Optional.of(day(5))).dueAt()).contains(day(0));
    }

    @Test
    void with_partial_contact_allowed_the_first_arrival_starts_the_clock() {
        FollowUpPolicy partial = new FollowUpPolicy(Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(7), false);
        receive(0, day(1));
        assertThat(partial.plan(arrival(), attempts, Optional.empty()).dueAt()).contains(day(4));
    }

    @Test
    void attempts_before_the_parts_arrived_do_not_count_and_a_notified_ro_needs_no_call() {
        attempt(day(0.5), ContactOutcome.REACHED);
        receive(0, day(1));
        receive(1, day(1));
        assertThat(plan(Optional.empty()).dueAt()).contains(day(4));
        lines.forEach(l -> l.moveTo(SopStatus.CUSTOMER_NOTIFIED, ActorRef.system(), day(2), Optional.empty()));
        assertThat(plan(Optional.empty()).stage()).isEqualTo(FollowUp.Stage.NOTHING_TO_DO);
    }
}
