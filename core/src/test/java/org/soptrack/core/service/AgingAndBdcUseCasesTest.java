package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.AgingPolicy;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.FollowUp;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.Outcome;

/** The aging report, the return-or-bill queue and the BDC's due list, as time passes on a fake clock. */
class AgingAndBdcUseCasesTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final CustomerId customer = f.customer(org.owner());
    private final MemberActor bdc = f.join(org, Role.BDC);

    private SpecialOrder receivedNow(RooftopId rooftop, String ro, String price) {
        SpecialOrder order = f.core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(org.owner(), rooftop,
                f.details(customer, ro, price))).orElseThrow();
        return f.walk(org.owner(), order, SopStatus.ORDERED, SopStatus.RECEIVED);
    }

    private AgingReportUseCase.Report report(MemberActor actor, Optional<RooftopId> rooftop) {
        return f.core.orders().agingReport().report(new AgingReportUseCase.Query(actor, rooftop)).orElseThrow();
    }

    private java.util.List<BdcDueListUseCase.Task> due() {
        return f.core.orders().bdcDueList().dueList(new BdcDueListUseCase.Query(bdc, Optional.empty())).orElseThrow();
    }

    private void logAttempt(String ro, ContactOutcome outcome) {
        f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(bdc, org.rooftop(), RoNumber.of(ro),
                ContactChannel.CALL, outcome, "called cell")).orElseThrow();
    }

    @Test
    void overdue_parts_and_money_at_risk_per_rooftop() {
        RooftopId second = f.addRooftop(org, "Second Store");
        SpecialOrder old = receivedNow(org.rooftop(), "RO-1", "120.00");
        f.clock.advance(Duration.ofDays(5));
        receivedNow(org.rooftop(), "RO-2", "80.00");
        SpecialOrder elsewhere = receivedNow(second, "RO-3", "45.50");
        f.clock.advance(Duration.ofDays(9));

        AgingReportUseCase.Report now = report(org.owner(), Optional.empty());
        assertThat(now.overdue()).extracting(e -> e.order().id()).containsExactly(old.id());
        assertThat(now.totals()).containsOnlyKeys(org.rooftop());
        assertThat(now.totals().get(org.rooftop()).valueAtRisk()).isEqualTo(Money.of("120.00"));

        f.clock.advance(Duration.ofDays(5));
        AgingReportUseCase.Report later = report(org.owner(), Optional.empty());
        assertThat(later.overdue()).hasSize(3);
        assertThat(later.totals().get(org.rooftop()).overdueParts()).isEqualTo(2);
        assertThat(later.totals().get(org.rooftop()).valueAtRisk()).isEqualTo(Money.of("200.00"));
        assertThat(later.totals().get(second).netValueAtRisk()).isEqualTo(Money.of("45.50"));
        assertThat(report(org.owner(), Optional.of(second)).overdue()).extracting(e -> e.order().id())
                .containsExactly(elsewhere.id());
        MemberActor limited = f.join(org, Role.VIEWER, RooftopScope.only(Set.of(second)));
        assertThat(report(limited, Optional.empty()).overdue()).hasSize(1);
        assertThat(f.core.orders().agingReport().report(new AgingReportUseCase.Query(limited, Optional.of(org.rooftop()))))
                .isInstanceOf(Outcome.NotFound.class);
    }

    @Test
    void from_the_return_deadline_a_part_is_in_the_return_or_bill_queue_until_kept() {
        SpecialOrder part = receivedNow(org.rooftop(), "RO-1", "99.00");
        f.clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(report(org.owner(), Optional.empty()).returnOrBill()).isEmpty();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(report(org.owner(), Optional.empty()).returnOrBill()).extracting(e -> e.order().id())
                .containsExactly(part.id());
        f.clock.advance(Duration.ofDays(1));
        assertThat(report(org.owner(), Optional.empty()).returnOrBill()).hasSize(1);
        f.core.orders().keepPart().keep(new KeepPartUseCase.Command(org.owner(), part.id(), part.version(), "Customer prepaid"))
                .orElseThrow();
        assertThat(report(org.owner(), Optional.empty()).returnOrBill()).isEmpty();
        assertThat(report(org.owner(), Optional.empty()).overdue()).hasSize(1);
    }

    @Test
    void a_rooftop_that_shortens_its_threshold_sees_parts_age_sooner() {
        receivedNow(org.rooftop(), "RO-1", "10.00");
        f.clock.advance(Duration.ofDays(8));
        assertThat(report(org.owner(), Optional.empty()).overdue()).isEmpty();
        Rooftop rooftop = f.core.organizations().listRooftops().list(org.owner()).orElseThrow().get(0);
        RooftopSettings shorter = new RooftopSettings(new AgingPolicy(Duration.ofDays(7), Duration.ofDays(30), Map.of(),
                Duration.ofDays(5)), rooftop.settings().followUp());
        f.core.organizations().changeRooftop().change(new ChangeRooftopUseCase.Command(org.owner(), rooftop.id(), rooftop.version(),
                rooftop.details(), shorter)).orElseThrow();
        assertThat(report(org.owner(), Optional.empty()).overdue()).hasSize(1);
        assertThat(f.core.organizations().changeRooftop().change(new ChangeRooftopUseCase.Command(org.owner(), rooftop.id(),
                rooftop.version(), rooftop.details(), shorter))).isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void the_bdc_call_is_due_three_days_after_all_parts_arrived_and_recycles_until_reached() {
        SpecialOrder first = receivedNow(org.rooftop(), "RO-7", "10.00");
        SpecialOrder second = f.core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(org.owner(),
                org.rooftop(), f.details(customer, "RO-7", "20.00"))).orElseThrow();
        f.clock.advance(Duration.ofDays(4));
        assertThat(due()).isEmpty();

        f.walk(org.owner(), second, SopStatus.ORDERED, SopStatus.RECEIVED);
        f.clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(due()).isEmpty();
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(due()).singleElement().satisfies(t -> {
            assertThat(t.arrival().roNumber()).isEqualTo(RoNumber.of("RO-7"));
            assertThat(t.customerId()).isEqualTo(customer);
            assertThat(t.attempts()).isZero();
        });

        logAttempt("RO-7", ContactOutcome.VOICEMAIL);
        assertThat(due()).isEmpty();
        f.clock.advance(Duration.ofDays(2));
        assertThat(due()).singleElement().satisfies(t -> assertThat(t.attempts()).isEqualTo(1));

        logAttempt("RO-7", ContactOutcome.REACHED);
        f.clock.advance(Duration.ofDays(10));
        assertThat(due()).isEmpty();
        var ro = f.core.orders().getRepairOrder().get(new GetRepairOrderUseCase.Query(bdc, org.rooftop(), RoNumber.of("RO-7")))
                .orElseThrow();
        assertThat(ro.arrival().allArrived()).isTrue();
        assertThat(ro.lines()).extracting(SpecialOrder::id).containsExactly(first.id(), second.id());
        assertThat(ro.attempts()).hasSize(2);
        assertThat(ro.followUp().stage()).isEqualTo(FollowUp.Stage.CUSTOMER_REACHED);
    }

    @Test
    void a_viewer_neither_reads_a_repair_order_nor_logs_an_attempt_since_both_hold_contact_data() {
        receivedNow(org.rooftop(), "RO-2", "1.00");
        MemberActor viewer = f.join(org, Role.VIEWER);
        assertThat(f.core.orders().getRepairOrder().get(new GetRepairOrderUseCase.Query(viewer, org.rooftop(),
                RoNumber.of("RO-2")))).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.orders().getRepairOrder().get(new GetRepairOrderUseCase.Query(bdc, org.rooftop(),
                RoNumber.of("RO-2")))).isInstanceOf(Outcome.Ok.class);
    }

    @Test
    void attempts_need_an_existing_ro_in_scope_and_viewers_cannot_log_them() {
        assertThat(f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(bdc, org.rooftop(),
                RoNumber.of("RO-404"), ContactChannel.SMS, ContactOutcome.NO_ANSWER, ""))).isInstanceOf(Outcome.NotFound.class);
        receivedNow(org.rooftop(), "RO-1", "1.00");
        assertThat(f.core.orders().logContactAttempt().log(new LogContactAttemptUseCase.Command(f.join(org, Role.VIEWER),
                org.rooftop(), RoNumber.of("RO-1"), ContactChannel.SMS, ContactOutcome.NO_ANSWER, "")))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.orders().getRepairOrder().get(new GetRepairOrderUseCase.Query(bdc, org.rooftop(), RoNumber.of("RO-404"))))
                .isInstanceOf(Outcome.NotFound.class);
    }
}
