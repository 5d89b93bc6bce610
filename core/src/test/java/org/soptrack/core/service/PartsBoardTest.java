package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.AgingMilestone;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PartsBoardUseCase;

/**
 * The parts board (R-WEB-2) on a fake clock: counts of one rooftop only, every status present; a status's orders
 * with their age in days; a received part's aging badges at the README's 14-day threshold and 30-day return window
 * (5 days before the deadline it is near); another rooftop outside the member's scope, or another organization's,
 * is not found.
 */
class PartsBoardTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final RooftopId north = org.rooftop();
    private final RooftopId south = f.addRooftop(org, "Acme Lexus South");
    private final CustomerId customer = f.customer(org.owner());

    private Outcome<PartsBoardUseCase.Board> board(Actor actor, RooftopId rooftop, SopStatus status) {
        return f.core.orders().partsBoard().board(new PartsBoardUseCase.Query(actor, rooftop,
                Optional.ofNullable(status), 50));
    }

    @Test
    void counts_and_lines_of_one_rooftop_with_their_age_and_aging_badges() {
        SpecialOrder received = f.walk(org.owner(), f.create(org.owner(), north, customer, "RO-1").orElseThrow(),
                SopStatus.ORDERED, SopStatus.RECEIVED);
        f.create(org.owner(), north, customer, "RO-2").orElseThrow();
        f.create(org.owner(), south, customer, "RO-3").orElseThrow();

        var counts = board(org.owner(), north, null).orElseThrow();
        assertThat(counts.counts()).hasSize(SopStatus.values().length)
                .containsEntry(SopStatus.REQUESTED, 1L).containsEntry(SopStatus.RECEIVED, 1L)
                .containsEntry(SopStatus.COMPLETED, 0L);
        assertThat(counts.orders()).as("no status chosen, no list").isEmpty();

        f.clock.advance(Duration.ofDays(3));
        var requested = board(org.owner(), north, SopStatus.REQUESTED).orElseThrow();
        assertThat(requested.orders()).singleElement().satisfies(line -> {
            assertThat(line.ageDays()).isEqualTo(3);
            assertThat(line.aging()).as("not on the shelf").isEmpty();
        });

        f.clock.advance(Duration.ofDays(11));
        var shelf = board(org.owner(), north, SopStatus.RECEIVED).orElseThrow();
        assertThat(shelf.orders()).singleElement().satisfies(line -> {
            assertThat(line.order().id()).isEqualTo(received.id());
            assertThat(line.aging()).get().satisfies(a -> assertThat(a.reached())
                    .containsExactly(AgingMilestone.AGING_THRESHOLD));
        });
        f.clock.advance(Duration.ofDays(12));
        assertThat(board(org.owner(), north, SopStatus.RECEIVED).orElseThrow().orders().get(0).aging()).get()
                .satisfies(a -> assertThat(a.reached()).contains(AgingMilestone.RETURN_DEADLINE_NEAR));
    }

    @Test
    void a_rooftop_outside_the_scope_or_organization_is_not_found_and_a_viewer_reads_it() {
        MemberActor southOnly = f.join(org, Role.PARTS_MANAGER, RooftopScope.only(Set.of(south)));
        CoreFixture.Org other = f.signUp("Other Motors");
        assertThat(board(southOnly, north, null)).isInstanceOf(Outcome.NotFound.class);
        assertThat(board(other.owner(), north, null)).isInstanceOf(Outcome.NotFound.class);
        assertThat(board(southOnly, south, null)).isInstanceOf(Outcome.Ok.class);
        assertThat(board(f.join(org, Role.VIEWER), north, null)).isInstanceOf(Outcome.Ok.class);
    }
}
