package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.KeepDecision;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.sop.TransitionResult;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code SpecialOrderRepository} must do. */
public abstract class SpecialOrderRepositoryContract extends PortsContract {

    /** Stores a new order and walks it through {@code path}, one stored update per move, an hour apart. */
    protected SpecialOrder store(Seed s, RooftopId rooftop, long number, String ro, Instant createdAt, SopStatus... path) {
        SpecialOrder order = TestData.order(s.tenant(), rooftop, s.customer(), number, ro, createdAt);
        run(s.tenant(), () -> ports.orders().add(s.tenant(), order));
        Instant at = createdAt;
        for (SopStatus status : path) {
            at = at.plus(Duration.ofHours(1));
            Instant when = at;
            SpecialOrder loaded = in(s.tenant(), () -> ports.orders().find(s.tenant(), order.id())).orElseThrow();
            assertThat(loaded.moveTo(status, ActorRef.system(), when, Optional.of("to " + status)))
                    .isInstanceOf(TransitionResult.Moved.class);
            assertThat(in(s.tenant(), () -> ports.orders().update(s.tenant(), loaded))).isEqualTo(UpdateResult.UPDATED);
        }
        return in(s.tenant(), () -> ports.orders().find(s.tenant(), order.id())).orElseThrow();
    }

    private SpecialOrder store(Seed s, long number, String ro, SopStatus... path) {
        return store(s, s.rooftop(), number, ro, TestData.T0.plus(Duration.ofMinutes(number)), path);
    }

    /** An order of {@code part} at {@code rooftop}, created {@code minutes} after T0 and moved along {@code path}. */
    private SpecialOrder ofPart(Seed s, RooftopId rooftop, long number, String part, long minutes, SopStatus... path) {
        SpecialOrder order = SpecialOrder.create(new SpecialOrderId(UUID.randomUUID()), s.tenant(), rooftop,
                SopNumber.of(number), TestData.details(s.customer(), "RO-" + number, part), ActorRef.system(),
                TestData.at(Duration.ofMinutes(minutes)));
        for (SopStatus status : path) {
            order.moveTo(status, ActorRef.system(), TestData.at(Duration.ofMinutes(minutes + 1)), Optional.empty());
        }
        run(s.tenant(), () -> ports.orders().add(s.tenant(), order));
        return order;
    }

    @Test
    void a_watch_hears_of_changes_at_its_own_rooftop_of_its_own_tenant_until_closed() throws InterruptedException {
        Seed a = seed();
        Seed b = seed();
        RooftopId otherRooftop = addRooftop(a.tenant(), "North Lexus");
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        SpecialOrderRepository.Watch watchA = ports.orders().watch(a.tenant(), a.rooftop(), () -> heard.add("A"));
        try (SpecialOrderRepository.Watch watchB = ports.orders().watch(b.tenant(), b.rooftop(),
                () -> heard.add("B"))) {
            // Notices come in commit order, so once B's is heard, a wrong notice to A would have come before it.
            store(a, otherRooftop, 1, "RO-1", TestData.T0, SopStatus.ORDERED);
            store(b, b.rooftop(), 1, "RO-1", TestData.T0);
            assertThat(heard.poll(30, TimeUnit.SECONDS)).as("the other tenant's change").isEqualTo("B");
            assertThat(heard).as("another rooftop's changes are not A's").isEmpty();

            SpecialOrder mine = store(a, a.rooftop(), 2, "RO-2", TestData.T0);
            assertThat(heard.poll(30, TimeUnit.SECONDS)).as("an order added at A's rooftop").isEqualTo("A");
            heard.clear();
            mine.moveTo(SopStatus.ORDERED, ActorRef.system(), TestData.T0.plus(Duration.ofHours(1)), Optional.empty());
            assertThat(in(a.tenant(), () -> ports.orders().update(a.tenant(), mine))).isEqualTo(UpdateResult.UPDATED);
            assertThat(heard.poll(30, TimeUnit.SECONDS)).as("an order moved at A's rooftop").isEqualTo("A");

            watchA.close();
            watchA.close();
            heard.clear();
            SpecialOrder later = in(a.tenant(), () -> ports.orders().find(a.tenant(), mine.id())).orElseThrow();
            later.moveTo(SopStatus.RECEIVED, ActorRef.system(), TestData.T0.plus(Duration.ofHours(2)), Optional.empty());
            assertThat(in(a.tenant(), () -> ports.orders().update(a.tenant(), later))).isEqualTo(UpdateResult.UPDATED);
            store(b, b.rooftop(), 2, "RO-2", TestData.T0);
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("B");
            assertThat(heard).as("a closed watch hears nothing").doesNotContain("A");
        }
    }

    @Test
    void the_orders_waiting_for_a_part_at_a_rooftop_come_oldest_first() {
        Seed s = seed();
        RooftopId other = addRooftop(s.tenant(), "North Lexus");
        SpecialOrder newer = ofPart(s, s.rooftop(), 1, "90915-YZZD1", 30, SopStatus.ORDERED);
        SpecialOrder older = ofPart(s, s.rooftop(), 2, "90915-YZZD1", 10, SopStatus.ORDERED, SopStatus.BACKORDERED);
        ofPart(s, s.rooftop(), 3, "90915-YZZD1", 5);
        ofPart(s, s.rooftop(), 4, "90915-YZZD1", 6, SopStatus.ORDERED, SopStatus.RECEIVED);
        ofPart(s, s.rooftop(), 5, "04465-33471", 7, SopStatus.ORDERED);
        ofPart(s, other, 6, "90915-YZZD1", 8, SopStatus.ORDERED);
        PartNumber part = PartNumber.of("90915-YZZD1");
        assertThat(in(s.tenant(), () -> ports.orders().findWaiting(s.tenant(), s.rooftop(), part, 10)))
                .extracting(SpecialOrder::id).containsExactly(older.id(), newer.id());
        assertThat(in(s.tenant(), () -> ports.orders().findWaiting(s.tenant(), s.rooftop(), part, 1)))
                .extracting(SpecialOrder::id).containsExactly(older.id());
        Seed b = seed();
        assertThat(in(b.tenant(), () -> ports.orders().findWaiting(s.tenant(), s.rooftop(), part, 10))).isEmpty();
    }

    private Page<SpecialOrder> search(Seed s, SpecialOrderQuery q) {
        return in(s.tenant(), () -> ports.orders().search(s.tenant(), q));
    }

    private static SpecialOrderQuery all() {
        return SpecialOrderQuery.all(RooftopScope.allRooftops(), 50);
    }

    @Test
    void round_trip_keeps_every_field_history_and_keep_decision() {
        Seed s = seed();
        SpecialOrder stored = store(s, 1, "RO-100", SopStatus.ORDERED, SopStatus.RECEIVED);
        stored.keepPastDeadline(new KeepDecision(ActorRef.system(), TestData.T0.plus(Duration.ofDays(40)), "Customer paid"));
        run(s.tenant(), () -> ports.orders().update(s.tenant(), stored));

        SpecialOrder loaded = in(s.tenant(), () -> ports.orders().find(s.tenant(), stored.id())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(stored.state());
        assertThat(loaded.history()).extracting(h -> h.to()).containsExactly(SopStatus.ORDERED, SopStatus.RECEIVED);
        assertThat(loaded.history().get(1).reason()).contains("to RECEIVED");
        assertThat(loaded.receivedAt()).contains(TestData.T0.plus(Duration.ofMinutes(1)).plus(Duration.ofHours(2)));
        assertThat(loaded.version()).isEqualTo(3);
        assertThat(in(s.tenant(), () -> ports.orders().find(s.tenant(), new SpecialOrderId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void a_stale_update_conflicts_and_changes_nothing() {
        Seed s = seed();
        SpecialOrder order = store(s, 1, "RO-1");
        SpecialOrder first = in(s.tenant(), () -> ports.orders().find(s.tenant(), order.id())).orElseThrow();
        SpecialOrder second = in(s.tenant(), () -> ports.orders().find(s.tenant(), order.id())).orElseThrow();
        first.moveTo(SopStatus.ORDERED, ActorRef.system(), TestData.T0, Optional.empty());
        second.moveTo(SopStatus.CANCELLED, ActorRef.system(), TestData.T0, Optional.empty());
        assertThat(in(s.tenant(), () -> ports.orders().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.orders().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        SpecialOrder stored = in(s.tenant(), () -> ports.orders().find(s.tenant(), order.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(SopStatus.ORDERED);
        assertThat(stored.history()).hasSize(1);
    }

    @Test
    void a_taken_sop_number_at_the_same_rooftop_is_refused() {
        Seed s = seed();
        store(s, 7, "RO-7");
        SpecialOrder duplicate = TestData.order(s.tenant(), s.rooftop(), s.customer(), 7, "RO-8", TestData.T0);
        assertThatThrownBy(() -> run(s.tenant(), () -> ports.orders().add(s.tenant(), duplicate)))
                .isInstanceOf(RuntimeException.class);
        assertThat(in(s.tenant(), () -> ports.orders().find(s.tenant(), duplicate.id()))).isEmpty();
        RooftopId other = addRooftop(s.tenant(), "Second Store");
        SpecialOrder sameNumberElsewhere = TestData.order(s.tenant(), other, s.customer(), 7, "RO-8", TestData.T0);
        run(s.tenant(), () -> ports.orders().add(s.tenant(), sameNumberElsewhere));
        assertThat(in(s.tenant(), () -> ports.orders().find(s.tenant(), sameNumberElsewhere.id()))).isPresent();
    }

    @Test
    void search_filters_by_rooftop_status_ro_sop_number_customer_part_and_age() {
        Seed s = seed();
        RooftopId second = addRooftop(s.tenant(), "Second Store");
        SpecialOrder requested = store(s, 1, "RO-1");
        SpecialOrder received = store(s, 2, "RO-2", SopStatus.ORDERED, SopStatus.RECEIVED);
        SpecialOrder elsewhere = store(s, second, 1, "RO-1", TestData.T0.plus(Duration.ofMinutes(3)), SopStatus.ORDERED);

        assertThat(search(s, all()).items()).hasSize(3);
        assertThat(search(s, all().withRooftops(RooftopScope.only(Set.of(second)))).items())
                .extracting(SpecialOrder::id).containsExactly(elsewhere.id());
        assertThat(search(s, all().withStatuses(Set.of(SopStatus.RECEIVED, SopStatus.REQUESTED))).items())
                .extracting(SpecialOrder::id).containsExactlyInAnyOrder(requested.id(), received.id());
        assertThat(search(s, new SpecialOrderQuery(RooftopScope.allRooftops(), Set.of(), Optional.of(RoNumber.of("ro-1")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50)).items())
                .extracting(SpecialOrder::id).containsExactlyInAnyOrder(requested.id(), elsewhere.id());
        assertThat(search(s, new SpecialOrderQuery(RooftopScope.only(Set.of(s.rooftop())), Set.of(), Optional.empty(),
                Optional.of(SopNumber.of(2)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50))
                .items()).extracting(SpecialOrder::id).containsExactly(received.id());
        assertThat(search(s, new SpecialOrderQuery(RooftopScope.allRooftops(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.of(s.customer()), Optional.of(PartNumber.of("pz-2")), Optional.empty(), Optional.empty(), 50))
                .items()).extracting(SpecialOrder::id).containsExactly(received.id());
        Instant receivedAt = received.receivedAt().orElseThrow();
        assertThat(search(s, new SpecialOrderQuery(RooftopScope.allRooftops(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(receivedAt.plusSeconds(1)), Optional.empty(), 50))
                .items()).extracting(SpecialOrder::id).containsExactly(received.id());
        assertThat(search(s, new SpecialOrderQuery(RooftopScope.allRooftops(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(receivedAt), Optional.empty(), 50)).items()).isEmpty();
    }

    @Test
    void keyset_pages_are_newest_first_complete_and_stable_under_ties() {
        Seed s = seed();
        List<SpecialOrder> stored = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            Instant created = TestData.T0.plus(Duration.ofMinutes(i / 2));
            stored.add(store(s, s.rooftop(), i, "RO-" + i, created));
        }
        List<SpecialOrder> seen = new ArrayList<>();
        SpecialOrderQuery q = SpecialOrderQuery.all(RooftopScope.allRooftops(), 3);
        Page<SpecialOrder> page = search(s, q);
        int pages = 1;
        seen.addAll(page.items());
        while (page.next().isPresent()) {
            PageCursor cursor = PageCursor.decode(page.next().get().encode());
            page = search(s, q.after(cursor));
            seen.addAll(page.items());
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).extracting(SpecialOrder::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(SpecialOrder::id).toList());
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i - 1).state().createdAt()).isAfterOrEqualTo(seen.get(i).state().createdAt());
        }
    }

    @Test
    void pages_of_some_statuses_in_some_rooftops_are_newest_first_complete_and_stable_under_ties() {
        Seed s = seed();
        List<RooftopId> rooftops = List.of(s.rooftop(), addRooftop(s.tenant(), "Second Store"),
                addRooftop(s.tenant(), "Third Store"));
        List<List<SopStatus>> paths = List.of(List.of(), List.of(SopStatus.ORDERED),
                List.of(SopStatus.ORDERED, SopStatus.RECEIVED), List.of(SopStatus.CANCELLED));
        List<SpecialOrder> stored = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            // Three orders share each minute, in different rooftops, so pages end between ties.
            stored.add(ofPart(s, rooftops.get(i % 3), i, "P-" + i, i / 3,
                    paths.get(i % 4).toArray(SopStatus[]::new)));
        }
        Set<SopStatus> wanted = Set.of(SopStatus.ORDERED, SopStatus.RECEIVED);
        Set<RooftopId> scope = Set.of(rooftops.get(0), rooftops.get(1));
        List<SpecialOrder> expected = stored.stream()
                .filter(o -> wanted.contains(o.status()) && scope.contains(o.rooftopId())).toList();

        SpecialOrderQuery q = new SpecialOrderQuery(RooftopScope.only(scope), wanted, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 4);
        List<SpecialOrder> seen = allPages(s, q);
        assertThat(expected).hasSizeGreaterThan(8);
        assertThat(seen).extracting(SpecialOrder::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(SpecialOrder::id).toList());
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i - 1).state().createdAt()).isAfterOrEqualTo(seen.get(i).state().createdAt());
        }

        Instant before = TestData.at(Duration.ofMinutes(6));
        List<SpecialOrder> receivedEarly = allPages(s, new SpecialOrderQuery(RooftopScope.allRooftops(),
                Set.of(SopStatus.RECEIVED), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(before), Optional.empty(), 2));
        assertThat(receivedEarly).extracting(SpecialOrder::id).containsExactlyInAnyOrderElementsOf(stored.stream()
                .filter(o -> o.status() == SopStatus.RECEIVED && o.receivedAt().orElseThrow().isBefore(before))
                .map(SpecialOrder::id).toList()).isNotEmpty();
    }

    private List<SpecialOrder> allPages(Seed s, SpecialOrderQuery q) {
        List<SpecialOrder> seen = new ArrayList<>();
        Page<SpecialOrder> page = search(s, q);
        seen.addAll(page.items());
        while (page.next().isPresent()) {
            page = search(s, q.after(PageCursor.decode(page.next().get().encode())));
            seen.addAll(page.items());
        }
        return seen;
    }

    @Test
    void counts_per_status_and_shelf_and_ro_lists_respect_the_scope() {
        Seed s = seed();
        RooftopId second = addRooftop(s.tenant(), "Second Store");
        store(s, 1, "RO-1");
        SpecialOrder shelvedLater = store(s, 2, "RO-2", SopStatus.ORDERED, SopStatus.RECEIVED, SopStatus.CUSTOMER_NOTIFIED);
        SpecialOrder shelvedFirst = store(s, s.rooftop(), 3, "RO-2", TestData.T0.minus(Duration.ofDays(1)),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        store(s, 4, "RO-4", SopStatus.CANCELLED);
        store(s, second, 1, "RO-2", TestData.T0, SopStatus.ORDERED, SopStatus.RECEIVED);

        Map<SopStatus, Long> counts = in(s.tenant(), () -> ports.orders().countByStatus(s.tenant(),
                RooftopScope.only(Set.of(s.rooftop()))));
        assertThat(counts).containsEntry(SopStatus.REQUESTED, 1L).containsEntry(SopStatus.RECEIVED, 1L)
                .containsEntry(SopStatus.CUSTOMER_NOTIFIED, 1L).containsEntry(SopStatus.CANCELLED, 1L)
                .doesNotContainKey(SopStatus.ORDERED);
        assertThat(in(s.tenant(), () -> ports.orders().countByStatus(s.tenant(), RooftopScope.allRooftops())))
                .containsEntry(SopStatus.RECEIVED, 2L);

        assertThat(in(s.tenant(), () -> ports.orders().findOnShelf(s.tenant(), RooftopScope.only(Set.of(s.rooftop())))))
                .extracting(SpecialOrder::id).containsExactly(shelvedFirst.id(), shelvedLater.id());
        assertThat(in(s.tenant(), () -> ports.orders().findByRo(s.tenant(), s.rooftop(), RoNumber.of("RO-2"))))
                .extracting(SpecialOrder::id).containsExactly(shelvedLater.id(), shelvedFirst.id());
    }

    @Test
    void another_tenant_sees_and_changes_nothing_through_any_method() {
        Seed a = seed();
        Seed b = seed();
        SpecialOrder order = store(a, 1, "RO-1", SopStatus.ORDERED, SopStatus.RECEIVED);
        TenantId bt = b.tenant();

        assertThat(in(bt, () -> ports.orders().find(bt, order.id()))).isEmpty();
        assertThat(in(bt, () -> ports.orders().search(bt, all())).items()).isEmpty();
        assertThat(in(bt, () -> ports.orders().countByStatus(bt, RooftopScope.allRooftops()))).isEmpty();
        assertThat(in(bt, () -> ports.orders().findOnShelf(bt, RooftopScope.allRooftops()))).isEmpty();
        assertThat(in(bt, () -> ports.orders().findByRo(bt, a.rooftop(), RoNumber.of("RO-1")))).isEmpty();
        assertThat(in(bt, () -> ports.orders().find(a.tenant(), order.id()))).isEmpty();

        order.moveTo(SopStatus.RETURNED, ActorRef.system(), TestData.T0, Optional.empty());
        assertThat(in(bt, () -> ports.orders().update(bt, order))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(bt, () -> ports.orders().update(a.tenant(), order))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.orders().find(a.tenant(), order.id())).orElseThrow().status())
                .isEqualTo(SopStatus.RECEIVED);
    }
}
