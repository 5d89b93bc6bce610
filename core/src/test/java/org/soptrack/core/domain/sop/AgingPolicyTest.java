package org.soptrack.core.domain.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.tck.TestData;

/** R-SOP-4 and R-SOP-4a: aging threshold, return deadline per vendor, the return-or-bill queue and money at risk. */
class AgingPolicyTest {

    private static final Instant RECEIVED = TestData.T0.plus(Duration.ofDays(2));
    private final AgingPolicy policy = AgingPolicy.DEFAULTS;

    static SpecialOrder received(Instant at, SpecialOrderDetails details) {
        SpecialOrder order = SpecialOrder.create(new SpecialOrderId(UUID.randomUUID()), TestData.newTenant(),
                RooftopId.of(UUID.randomUUID()), SopNumber.of(1), details, ActorRef.system(), TestData.T0);
        order.moveTo(SopStatus.ORDERED, ActorRef.system(), TestData.T0, Optional.empty());
        order.moveTo(SopStatus.RECEIVED, ActorRef.system(), at, Optional.empty());
        return order;
    }

    static SpecialOrderDetails details(Optional<Deposit> deposit, String vendor) {
        SpecialOrderDetails d = TestData.details(new CustomerId(UUID.randomUUID()), "RO-1", "P-1");
        return new SpecialOrderDetails(d.customerId(), d.vehicle(), d.roNumber(), d.partNumber(), d.description(), 3,
                Vendor.of(vendor), Money.of("100.00"), d.eta(), d.orderDate(), d.binLocation(), deposit, false, "");
    }

    private AgingAssessment assess(SpecialOrder order, Duration afterReceipt) {
        return policy.assess(order, RECEIVED.plus(afterReceipt)).orElseThrow();
    }

    @Test
    void a_part_ages_at_fourteen_days_not_a_second_before() {
        SpecialOrder order = received(RECEIVED, details(Optional.empty(), "Toyota"));
        assertThat(assess(order, Duration.ofDays(14).minusSeconds(1)).overdue()).isFalse();
        assertThat(assess(order, Duration.ofDays(14)).overdue()).isTrue();
        assertThat(assess(order, Duration.ofDays(14)).ageDays()).isEqualTo(14);
        assertThat(assess(order, Duration.ofDays(13).plusHours(23)).ageDays()).isEqualTo(13);
    }

    @Test
    void the_return_deadline_is_thirty_days_after_receipt_or_the_vendors_own_window() {
        SpecialOrder toyota = received(RECEIVED, details(Optional.empty(), "Toyota"));
        SpecialOrder acme = received(RECEIVED, details(Optional.empty(), "  ACME   Parts "));
        AgingPolicy withVendor = new AgingPolicy(Duration.ofDays(14), Duration.ofDays(30),
                Map.of("acme parts", Duration.ofDays(10)), Duration.ofDays(5));

        assertThat(assess(toyota, Duration.ZERO).returnDeadline()).isEqualTo(RECEIVED.plus(Duration.ofDays(30)));
        assertThat(withVendor.assess(acme, RECEIVED).orElseThrow().returnDeadline())
                .isEqualTo(RECEIVED.plus(Duration.ofDays(10)));
        assertThat(withVendor.assess(toyota, RECEIVED).orElseThrow().returnDeadline())
                .isEqualTo(RECEIVED.plus(Duration.ofDays(30)));
    }

    @Test
    void milestones_deadline_near_at_minus_five_days_and_passed_at_the_deadline() {
        SpecialOrder order = received(RECEIVED, details(Optional.empty(), "Toyota"));
        assertThat(assess(order, Duration.ofDays(25).minusSeconds(1)).reached()).containsExactly(AgingMilestone.AGING_THRESHOLD);
        assertThat(assess(order, Duration.ofDays(25)).reached())
                .containsExactlyInAnyOrder(AgingMilestone.AGING_THRESHOLD, AgingMilestone.RETURN_DEADLINE_NEAR);
        AgingAssessment before = assess(order, Duration.ofDays(30).minusSeconds(1));
        assertThat(before.inReturnOrBillQueue()).isFalse();
        AgingAssessment at = assess(order, Duration.ofDays(30));
        assertThat(at.reached()).contains(AgingMilestone.RETURN_DEADLINE_PASSED);
        assertThat(at.inReturnOrBillQueue()).isTrue();
    }

    @Test
    void a_kept_part_leaves_the_return_or_bill_queue_but_still_ages() {
        SpecialOrder order = received(RECEIVED, details(Optional.empty(), "Toyota"));
        order.keepPastDeadline(new KeepDecision(ActorRef.system(), RECEIVED.plus(Duration.ofDays(31)), "Customer prepaid"));
        AgingAssessment a = assess(order, Duration.ofDays(40));
        assertThat(a.inReturnOrBillQueue()).isFalse();
        assertThat(a.overdue()).isTrue();
    }

    @Test
    void only_parts_on_the_shelf_are_assessed() {
        SpecialOrder order = received(RECEIVED, details(Optional.empty(), "Toyota"));
        order.moveTo(SopStatus.CUSTOMER_NOTIFIED, ActorRef.system(), RECEIVED, Optional.empty());
        order.moveTo(SopStatus.SCHEDULED, ActorRef.system(), RECEIVED, Optional.empty());
        assertThat(policy.assess(order, RECEIVED.plus(Duration.ofDays(20)))).isPresent();
        order.moveTo(SopStatus.COMPLETED, ActorRef.system(), RECEIVED, Optional.empty());
        assertThat(policy.assess(order, RECEIVED.plus(Duration.ofDays(20)))).isEmpty();
        SpecialOrder notYet = SpecialOrder.create(new SpecialOrderId(UUID.randomUUID()), TestData.newTenant(),
                RooftopId.of(UUID.randomUUID()), SopNumber.of(2), details(Optional.empty(), "X"), ActorRef.system(),
                TestData.T0);
        assertThat(policy.assess(notYet, RECEIVED.plus(Duration.ofDays(60)))).isEmpty();
    }

    @Test
    void money_at_risk_is_price_times_quantity_net_of_deposits_held() {
        Instant paid = TestData.T0;
        Money value = Money.of("300.00");
        assertThat(assess(received(RECEIVED, details(Optional.empty(), "T")), Duration.ZERO).netValueAtRisk()).isEqualTo(value);
        assertThat(assess(received(RECEIVED, details(Optional.of(Deposit.due(Money.of("50"))), "T")), Duration.ZERO)
                .netValueAtRisk()).isEqualTo(value);
        AgingAssessment withPaid = assess(received(RECEIVED, details(Optional.of(new Deposit(Money.of("50"),
                DepositState.PAID, Optional.of(paid))), "T")), Duration.ZERO);
        assertThat(withPaid.valueAtRisk()).isEqualTo(value);
        assertThat(withPaid.netValueAtRisk()).isEqualTo(Money.of("250.00"));
        assertThat(assess(received(RECEIVED, details(Optional.of(new Deposit(Money.of("50"), DepositState.REFUNDED,
                Optional.of(paid))), "T")), Duration.ZERO).netValueAtRisk()).isEqualTo(value);
        assertThat(assess(received(RECEIVED, details(Optional.of(new Deposit(Money.of("50"), DepositState.FORFEITED,
                Optional.of(paid))), "T")), Duration.ZERO).netValueAtRisk()).isEqualTo(Money.of("250.00"));
        assertThat(assess(received(RECEIVED, details(Optional.of(new Deposit(Money.of("900"), DepositState.PAID,
                Optional.of(paid))), "T")), Duration.ZERO).netValueAtRisk()).isEqualTo(Money.ZERO);
    }
}
