package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.ChangeMemberRoleUseCase;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RemoveMemberUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.out.SpecialOrderQuery;

/** Creating, changing, moving and finding special orders through the use cases, as each role would. */
class SpecialOrderUseCasesTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final CustomerId customer = f.customer(org.owner());

    @Test
    void sop_numbers_count_per_rooftop() {
        RooftopId second = f.addRooftop(org, "Second Store");
        assertThat(f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow().sopNumber().value()).isEqualTo(1);
        assertThat(f.create(org.owner(), org.rooftop(), customer, "RO-2").orElseThrow().sopNumber().value()).isEqualTo(2);
        assertThat(f.create(org.owner(), second, customer, "RO-3").orElseThrow().sopNumber().value()).isEqualTo(1);
        assertThat(f.create(org.owner(), org.rooftop(), customer, "RO-4").orElseThrow().sopNumber().value()).isEqualTo(3);
    }

    @Test
    void advisors_create_while_viewers_and_bdc_may_not() {
        MemberActor advisor = f.join(org, Role.ADVISOR);
        SpecialOrder order = f.create(advisor, org.rooftop(), customer, "RO-9").orElseThrow();
        assertThat(order.state().createdBy()).isEqualTo(advisor.ref());
        assertThat(f.create(f.join(org, Role.VIEWER), org.rooftop(), customer, "RO-9")).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.create(f.join(org, Role.BDC), org.rooftop(), customer, "RO-9")).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.move(advisor, order, SopStatus.ORDERED)).isInstanceOf(Outcome.Forbidden.class);
    }

    @Test
    void an_unknown_rooftop_or_customer_is_refused_and_nothing_is_numbered() {
        assertThat(f.create(org.owner(), RooftopId.of(java.util.UUID.randomUUID()), customer, "RO-1"))
                .isEqualTo(Outcome.notFound("rooftop"));
        Outcome<SpecialOrder> badCustomer = f.create(org.owner(), org.rooftop(),
                new CustomerId(java.util.UUID.randomUUID()), "RO-1");
        assertThat(badCustomer).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid<SpecialOrder>) badCustomer).field()).isEqualTo("customerId");
        assertThat(f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow().sopNumber().value()).isEqualTo(1);
    }

    @Test
    void an_illegal_move_is_rejected_naming_both_statuses_and_changes_nothing() {
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        Outcome<SpecialOrder> result = f.move(org.owner(), order, SopStatus.COMPLETED);
        assertThat(result).isInstanceOf(Outcome.Rejected.class);
        Outcome.Rejected<SpecialOrder> rejected = (Outcome.Rejected<SpecialOrder>) result;
        assertThat(rejected.code()).isEqualTo("illegal-transition");
        assertThat(rejected.message()).contains("REQUESTED").contains("COMPLETED");
        SpecialOrder stored = get(org.owner(), order).orElseThrow();
        assertThat(stored.status()).isEqualTo(SopStatus.REQUESTED);
        assertThat(stored.version()).isEqualTo(order.version());
    }

    @Test
    void a_stale_version_is_a_conflict_not_a_lost_update() {
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        SpecialOrder ordered = f.walk(org.owner(), order, SopStatus.ORDERED);
        assertThat(f.move(org.owner(), order, SopStatus.CANCELLED)).isInstanceOf(Outcome.Conflict.class);
        assertThat(f.core.orders().updateSpecialOrder().update(new UpdateSpecialOrderUseCase.Command(org.owner(), order.id(),
                order.version(), f.details(customer, "RO-2", "5.00")))).isInstanceOf(Outcome.Conflict.class);
        SpecialOrder stored = get(org.owner(), order).orElseThrow();
        assertThat(stored.status()).isEqualTo(SopStatus.ORDERED);
        assertThat(stored.version()).isEqualTo(ordered.version());
        assertThat(stored.details().roNumber().value()).isEqualTo("RO-1");
    }

    @Test
    void the_whole_life_of_an_order_is_kept_in_its_history() {
        MemberActor bdc = f.join(org, Role.BDC);
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        SpecialOrder received = f.walk(org.owner(), order, SopStatus.ORDERED, SopStatus.BACKORDERED, SopStatus.ORDERED,
                SopStatus.RECEIVED);
        assertThat(f.move(bdc, received, SopStatus.RETURNED)).isInstanceOf(Outcome.Forbidden.class);
        SpecialOrder notified = f.walk(bdc, received, SopStatus.CUSTOMER_NOTIFIED);
        SpecialOrder done = f.walk(org.owner(), notified, SopStatus.SCHEDULED, SopStatus.COMPLETED);
        assertThat(done.history()).extracting(h -> h.from() + ">" + h.to()).containsExactly("REQUESTED>ORDERED",
                "ORDERED>BACKORDERED", "BACKORDERED>ORDERED", "ORDERED>RECEIVED", "RECEIVED>CUSTOMER_NOTIFIED",
                "CUSTOMER_NOTIFIED>SCHEDULED", "SCHEDULED>COMPLETED");
        assertThat(done.history().get(4).by()).isEqualTo(bdc.ref());
        assertThat(f.core.orders().updateSpecialOrder().update(new UpdateSpecialOrderUseCase.Command(org.owner(), done.id(),
                done.version(), f.details(customer, "RO-1", "1.00"))))
                .isEqualTo(Outcome.rejected("sop-closed", "A COMPLETED special order can no longer be edited"));
    }

    @Test
    void members_limited_to_a_rooftop_see_nothing_of_the_others() {
        RooftopId second = f.addRooftop(org, "Second Store");
        SpecialOrder atMain = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        SpecialOrder atSecond = f.create(org.owner(), second, customer, "RO-2").orElseThrow();
        MemberActor limited = f.join(org, Role.PARTS_MANAGER, RooftopScope.only(Set.of(second)));

        assertThat(get(limited, atMain)).isInstanceOf(Outcome.NotFound.class);
        assertThat(get(limited, atSecond).isOk()).isTrue();
        assertThat(f.move(limited, atMain, SopStatus.ORDERED)).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.create(limited, org.rooftop(), customer, "RO-3")).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.orders().searchSpecialOrders().search(new SearchSpecialOrdersUseCase.Query(limited,
                SpecialOrderQuery.all(RooftopScope.allRooftops(), 50))).orElseThrow().items())
                .extracting(SpecialOrder::id).containsExactly(atSecond.id());
        assertThat(f.core.orders().searchSpecialOrders().search(new SearchSpecialOrdersUseCase.Query(limited,
                SpecialOrderQuery.all(RooftopScope.only(Set.of(org.rooftop())), 50))).orElseThrow().items()).isEmpty();
        assertThat(f.core.orders().countSpecialOrders().count(new CountSpecialOrdersUseCase.Query(limited,
                Optional.of(org.rooftop())))).isInstanceOf(Outcome.NotFound.class);
        assertThat(f.core.orders().countSpecialOrders().count(new CountSpecialOrdersUseCase.Query(limited, Optional.empty()))
                .orElseThrow()).containsEntry(SopStatus.REQUESTED, 1L).containsEntry(SopStatus.COMPLETED, 0L)
                .hasSize(SopStatus.values().length);
    }

    @Test
    void removal_and_role_changes_take_effect_while_the_old_token_is_still_held() {
        MemberActor manager = f.join(org, Role.PARTS_MANAGER);
        SpecialOrder order = f.create(manager, org.rooftop(), customer, "RO-1").orElseThrow();
        long version = f.core.team().listTeam().list(org.owner()).orElseThrow().members().stream()
                .filter(m -> m.id().equals(manager.memberId())).findFirst().orElseThrow().version();
        f.core.team().changeMemberRole().change(new ChangeMemberRoleUseCase.Command(org.owner(), manager.memberId(), version,
                Role.VIEWER, RooftopScope.allRooftops())).orElseThrow();
        assertThat(f.move(manager, order, SopStatus.ORDERED)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(get(manager, order).isOk()).isTrue();

        f.core.team().removeMember().remove(new RemoveMemberUseCase.Command(org.owner(), manager.memberId())).orElseThrow();
        assertThat(get(manager, order)).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(CurrentMemberUseCase.SIGNED_OUT));
    }

    @Test
    void a_part_on_the_shelf_can_be_kept_past_its_deadline_and_that_is_audited() {
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        Outcome<SpecialOrder> tooEarly = f.core.orders().keepPart().keep(new KeepPartUseCase.Command(org.owner(), order.id(),
                order.version(), "Customer paid in full"));
        assertThat(tooEarly).isInstanceOf(Outcome.Rejected.class);
        SpecialOrder received = f.walk(org.owner(), order, SopStatus.ORDERED, SopStatus.RECEIVED);
        SpecialOrder kept = f.core.orders().keepPart().keep(new KeepPartUseCase.Command(org.owner(), received.id(),
                received.version(), "Customer paid in full")).orElseThrow();
        assertThat(kept.keep()).isPresent();
        assertThat(f.audit(org, AuditAction.PART_KEPT_PAST_DEADLINE)).singleElement()
                .satisfies(e -> assertThat(e.target()).isEqualTo("sop:" + order.id()));
    }

    @Test
    void a_reason_on_a_move_is_kept_and_a_blank_one_is_invalid_input() {
        SpecialOrder order = f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        SpecialOrder cancelled = f.core.orders().transitionSpecialOrder().transition(new TransitionSpecialOrderUseCase.Command(
                org.owner(), order.id(), order.version(), SopStatus.CANCELLED, Optional.of("Customer declined"))).orElseThrow();
        assertThat(cancelled.history().get(0).reason()).contains("Customer declined");
        assertThatThrownBy(() -> new TransitionSpecialOrderUseCase.Command(org.owner(),
                order.id(), 0, SopStatus.CANCELLED, Optional.of("  "))).hasMessageContaining("reason");
    }

    private Outcome<SpecialOrder> get(MemberActor actor, SpecialOrder order) {
        return f.core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(actor, order.id()));
    }
}
