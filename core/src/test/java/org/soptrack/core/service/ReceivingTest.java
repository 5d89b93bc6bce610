package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReceivingUseCase;

/**
 * R-SOP-10: the orders of a rooftop waiting for a part number, oldest first; several received into one bin, all or
 * nothing, each with its own history entry at the version read; the data of a bin label.
 */
class ReceivingTest {

    private static final PartNumber PART = PartNumber.of("90915-YZZD1");

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme");
    private final CustomerId customer = f.customer(org.owner());

    private ReceivingUseCase receiving() {
        return f.core.orders().receiving();
    }

    private SpecialOrder order(RooftopId rooftop, String ro, String part, SopStatus... path) {
        SpecialOrderDetails d = f.details(customer, ro, "25.00");
        SpecialOrder created = f.core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(
                org.owner(), rooftop, new SpecialOrderDetails(d.customerId(), d.vehicle(), d.roNumber(),
                        PartNumber.of(part), d.description(), 1, d.vendor(), d.unitPrice(), d.eta(), d.orderDate(),
                        Optional.empty(), Optional.empty(), false, ""))).orElseThrow();
        f.clock.advance(Duration.ofMinutes(1));
        return f.walk(org.owner(), created, path);
    }

    private SpecialOrder reread(SpecialOrder order) {
        return f.core.orders().getSpecialOrder().get(new GetSpecialOrderUseCase.Query(org.owner(), order.id()))
                .orElseThrow();
    }

    private Outcome<List<SpecialOrder>> receive(Actor actor, RooftopId rooftop, SpecialOrder... orders) {
        return receiving().receive(new ReceivingUseCase.Receipt(actor, rooftop, "B-12", List.of(orders).stream()
                .map(o -> new ReceivingUseCase.Line(o.id(), o.version())).toList()));
    }

    @Test
    void the_orders_waiting_for_a_part_at_a_rooftop_oldest_first() {
        SpecialOrder ordered = order(org.rooftop(), "RO-1", "90915-YZZD1", SopStatus.ORDERED);
        SpecialOrder backordered = order(org.rooftop(), "RO-2", "90915-yzzd1", SopStatus.ORDERED,
                SopStatus.BACKORDERED);
        order(org.rooftop(), "RO-3", "90915-YZZD1");
        order(org.rooftop(), "RO-4", "04465-33471", SopStatus.ORDERED);
        order(f.addRooftop(org, "North Lexus"), "RO-5", "90915-YZZD1", SopStatus.ORDERED);
        assertThat(receiving().waiting(f.join(org, Role.VIEWER), org.rooftop(), PART).orElseThrow())
                .extracting(SpecialOrder::id).containsExactly(ordered.id(), backordered.id());
    }

    @Test
    void several_are_received_into_one_bin_each_with_its_own_history_entry() {
        SpecialOrder a = order(org.rooftop(), "RO-1", "90915-YZZD1", SopStatus.ORDERED);
        SpecialOrder b = order(org.rooftop(), "RO-2", "90915-YZZD1", SopStatus.ORDERED, SopStatus.BACKORDERED);
        var manager = f.join(org, Role.PARTS_MANAGER);
        List<SpecialOrder> received = receive(manager, org.rooftop(), a, b).orElseThrow();
        assertThat(received).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(SopStatus.RECEIVED);
            assertThat(o.details().binLocation()).contains("B-12");
            assertThat(o.receivedAt()).contains(f.clock.now());
        });
        SpecialOrder stored = reread(b);
        assertThat(stored.history()).hasSize(b.history().size() + 2).last().satisfies(change -> {
            assertThat(change.from()).isEqualTo(SopStatus.ORDERED);
            assertThat(change.to()).isEqualTo(SopStatus.RECEIVED);
            assertThat(change.by()).isEqualTo(manager.ref());
        });
        assertThat(stored.history().get(stored.history().size() - 2).from()).as("back-ordered, then back in stock")
                .isEqualTo(SopStatus.BACKORDERED);
        assertThat(reread(a).history()).hasSize(a.history().size() + 1);
        assertThat(stored.version()).isEqualTo(b.version() + 1);
        assertThat(receiving().waiting(manager, org.rooftop(), PART).orElseThrow()).isEmpty();
    }

    @Test
    void one_refused_line_receives_nothing() {
        SpecialOrder a = order(org.rooftop(), "RO-1", "90915-YZZD1", SopStatus.ORDERED);
        SpecialOrder requested = order(org.rooftop(), "RO-2", "90915-YZZD1");
        SpecialOrder stale = order(org.rooftop(), "RO-3", "90915-YZZD1", SopStatus.ORDERED);
        SpecialOrder elsewhere = order(f.addRooftop(org, "North Lexus"), "RO-4", "90915-YZZD1", SopStatus.ORDERED);
        assertThat(receive(org.owner(), org.rooftop(), a, requested)).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("illegal-transition"));
        f.walk(org.owner(), stale, SopStatus.BACKORDERED);
        assertThat(receive(org.owner(), org.rooftop(), a, stale)).isInstanceOf(Outcome.Conflict.class);
        assertThat(receive(org.owner(), org.rooftop(), a, elsewhere)).isInstanceOfSatisfying(Outcome.Invalid.class,
                i -> assertThat(i.field()).isEqualTo("orders"));
        assertThat(reread(a).status()).as("all or nothing").isEqualTo(SopStatus.ORDERED);
        assertThat(reread(a).details().binLocation()).isEmpty();
        assertThatThrownBy(() -> new ReceivingUseCase.Receipt(org.owner(), org.rooftop(), "B-1",
                List.of(new ReceivingUseCase.Line(a.id(), 1), new ReceivingUseCase.Line(a.id(), 1))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ReceivingUseCase.Receipt(org.owner(), org.rooftop(), "B-1", List.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void only_who_moves_orders_receives_and_only_at_their_rooftops() {
        SpecialOrder a = order(org.rooftop(), "RO-1", "90915-YZZD1", SopStatus.ORDERED);
        assertThat(receive(f.join(org, Role.ADVISOR), org.rooftop(), a)).isInstanceOf(Outcome.Forbidden.class);
        var elsewhere = f.join(org, Role.PARTS_MANAGER, RooftopScope.only(Set.of(f.addRooftop(org, "North Lexus"))));
        assertThat(receive(elsewhere, org.rooftop(), a)).isInstanceOf(Outcome.NotFound.class);
        assertThat(receiving().waiting(elsewhere, org.rooftop(), PART)).isInstanceOf(Outcome.NotFound.class);
        var stranger = f.signUp("Other").owner();
        assertThat(receive(stranger, org.rooftop(), a)).isInstanceOf(Outcome.NotFound.class);
        assertThat(receiving().waiting(stranger, org.rooftop(), PART)).as("another organization's rooftop")
                .isInstanceOf(Outcome.NotFound.class);
        assertThat(reread(a).status()).isEqualTo(SopStatus.ORDERED);
    }

    @Test
    void a_bin_label_names_the_customer_briefly_for_who_may_read_it() {
        SpecialOrder a = order(org.rooftop(), "RO-77", "90915-YZZD1", SopStatus.ORDERED);
        receive(org.owner(), org.rooftop(), a).orElseThrow();
        ReceivingUseCase.BinLabel label = receiving().label(org.owner(), a.id()).orElseThrow();
        assertThat(label.customer()).contains("C. Customer");
        assertThat(label.roNumber().value()).isEqualTo("RO-77");
        assertThat(label.sopNumber()).isEqualTo(a.sopNumber());
        assertThat(label.partNumber()).isEqualTo(PART);
        assertThat(label.binLocation()).contains("B-12");
        assertThat(label.date()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(label.link()).isEqualTo(URI.create("http://localhost:8080/sops/" + a.id().value()));
        assertThat(receiving().label(f.join(org, Role.VIEWER), a.id()).orElseThrow().customer()).isEmpty();
        assertThat(receiving().label(f.signUp("Other").owner(), a.id())).isInstanceOf(Outcome.NotFound.class);
    }
}
