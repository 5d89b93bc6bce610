package org.soptrack.core.domain.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.tck.TestData;

/** Every (from, to) pair of R-SOP-1, checked against a table written out here independently of the code. */
class SopStatusMatrixTest {

    /** R-SOP-1, spelled out: each line is a status and the only statuses it may move to. */
    private static final String ALLOWED = """
            REQUESTED         -> ORDERED CANCELLED
            ORDERED           -> BACKORDERED RECEIVED CANCELLED
            BACKORDERED       -> ORDERED CANCELLED
            RECEIVED          -> CUSTOMER_NOTIFIED CANCELLED RETURNED
            CUSTOMER_NOTIFIED -> SCHEDULED CANCELLED RETURNED
            SCHEDULED         -> COMPLETED CANCELLED RETURNED
            COMPLETED         ->
            CANCELLED         ->
            RETURNED          ->
            """;

    private static final ActorRef PARTS_MANAGER = ActorRef.member(MemberId.of(UUID.randomUUID()));

    private static Map<SopStatus, Set<SopStatus>> expected() {
        Map<SopStatus, Set<SopStatus>> table = new EnumMap<>(SopStatus.class);
        ALLOWED.lines().forEach(line -> {
            String[] sides = line.split("->", -1);
            Set<SopStatus> targets = EnumSet.noneOf(SopStatus.class);
            for (String t : sides[1].trim().split("\\s+")) {
                if (!t.isEmpty()) {
                    targets.add(SopStatus.valueOf(t));
                }
            }
            table.put(SopStatus.valueOf(sides[0].trim()), targets);
        });
        return table;
    }

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (SopStatus from : SopStatus.values()) {
            for (SopStatus to : SopStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    static SpecialOrder orderIn(SopStatus status) {
        SpecialOrder fresh = TestData.order(TestData.newTenant(), org.soptrack.core.domain.shared.RooftopId.of(UUID.randomUUID()),
                new CustomerId(UUID.randomUUID()), 1, "RO-1", TestData.T0);
        SpecialOrder.State s = fresh.state();
        Optional<java.time.Instant> received = Optional.of(TestData.T0);
        return SpecialOrder.reconstitute(new SpecialOrder.State(s.id(), s.tenantId(), s.rooftopId(), s.sopNumber(),
                s.details(), status, received, Optional.empty(), List.of(), s.createdBy(), s.createdAt(),
                s.updatedAt()), 4);
    }

    @Test
    void the_table_has_every_status_and_sixteen_moves() {
        assertThat(expected()).containsOnlyKeys(SopStatus.values());
        assertThat(expected().values().stream().mapToInt(Set::size).sum()).isEqualTo(16);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void each_move_is_accepted_exactly_when_the_table_allows_it(SopStatus from, SopStatus to) {
        SpecialOrder order = orderIn(from);
        java.time.Instant at = TestData.T0.plus(Duration.ofDays(1));

        TransitionResult result = order.moveTo(to, PARTS_MANAGER, at, Optional.of("because"));

        if (expected().get(from).contains(to)) {
            assertThat(result).isInstanceOf(TransitionResult.Moved.class);
            assertThat(order.status()).isEqualTo(to);
            assertThat(order.version()).isEqualTo(5);
            assertThat(order.history()).containsExactly(
                    new StatusChange(from, to, PARTS_MANAGER, at, Optional.of("because")));
        } else {
            assertThat(result).isInstanceOf(TransitionResult.Rejected.class);
            assertThat(((TransitionResult.Rejected) result).message()).contains(from.name()).contains(to.name());
            assertThat(order.status()).isEqualTo(from);
            assertThat(order.version()).isEqualTo(4);
            assertThat(order.history()).isEmpty();
        }
    }

    @Test
    void terminal_statuses_are_exactly_completed_cancelled_and_returned() {
        assertThat(EnumSet.allOf(SopStatus.class).stream().filter(SopStatus::isTerminal))
                .containsExactlyInAnyOrder(SopStatus.COMPLETED, SopStatus.CANCELLED, SopStatus.RETURNED);
    }

    @Test
    void receiving_stamps_the_received_time_once_and_editing_a_closed_order_is_refused() {
        SpecialOrder order = TestData.order(TestData.newTenant(), org.soptrack.core.domain.shared.RooftopId.of(UUID.randomUUID()),
                new CustomerId(UUID.randomUUID()), 1, "RO-1", TestData.T0);
        order.moveTo(SopStatus.ORDERED, PARTS_MANAGER, TestData.T0.plusSeconds(10), Optional.empty());
        order.moveTo(SopStatus.RECEIVED, PARTS_MANAGER, TestData.T0.plusSeconds(20), Optional.empty());
        assertThat(order.receivedAt()).contains(TestData.T0.plusSeconds(20));
        order.moveTo(SopStatus.RETURNED, PARTS_MANAGER, TestData.T0.plusSeconds(30), Optional.of("customer no-show"));
        assertThat(order.receivedAt()).contains(TestData.T0.plusSeconds(20));
        assertThat(order.edit(order.details(), TestData.T0.plusSeconds(40))).isFalse();
        assertThat(order.keepPastDeadline(new KeepDecision(PARTS_MANAGER, TestData.T0, "keep"))).isFalse();
        assertThat(order.history()).extracting(StatusChange::to)
                .containsExactly(SopStatus.ORDERED, SopStatus.RECEIVED, SopStatus.RETURNED);
    }
}
