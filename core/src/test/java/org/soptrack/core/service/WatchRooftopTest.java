package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.WatchRooftopUseCase;

/**
 * R-WEB-2's live board: whoever may read a rooftop's orders (a viewer too) hears when one of them changes there; a
 * rooftop outside the member's scope, or another organization's, cannot be watched; a closed watch hears nothing.
 */
class WatchRooftopTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Acme Motors");
    private final RooftopId north = org.rooftop();
    private final RooftopId south = f.addRooftop(org, "Acme Lexus South");

    private Outcome<WatchRooftopUseCase.Subscription> watch(MemberActor who, RooftopId rooftop, AtomicInteger heard) {
        return f.core.orders().watchRooftop().watch(who, rooftop, heard::incrementAndGet);
    }

    @Test
    void a_member_who_reads_the_rooftop_hears_each_change_there_until_the_watch_closes() {
        MemberActor viewer = f.join(org, Role.VIEWER);
        AtomicInteger heard = new AtomicInteger();
        WatchRooftopUseCase.Subscription watch = watch(viewer, north, heard).orElseThrow();
        CustomerId customer = f.customer(org.owner());

        f.create(org.owner(), south, customer, "RO-S1").orElseThrow();
        assertThat(heard).as("a change at another rooftop").hasValue(0);
        var order = f.create(org.owner(), north, customer, "RO-N1").orElseThrow();
        assertThat(heard).as("an order opened at the rooftop").hasValue(1);
        var ordered = f.walk(org.owner(), order, SopStatus.ORDERED);
        assertThat(heard).as("an order moved at the rooftop").hasValue(2);

        watch.close();
        watch.close();
        f.walk(org.owner(), ordered, SopStatus.RECEIVED);
        assertThat(heard).as("after the watch closed").hasValue(2);
    }

    @Test
    void a_rooftop_outside_the_members_scope_or_organization_cannot_be_watched() {
        MemberActor southOnly = f.join(org, Role.PARTS_MANAGER, RooftopScope.only(Set.of(south)));
        CoreFixture.Org other = f.signUp("Other Motors");
        AtomicInteger heard = new AtomicInteger();

        assertThat(watch(southOnly, north, heard)).isInstanceOf(Outcome.NotFound.class);
        assertThat(watch(other.owner(), north, heard)).isInstanceOf(Outcome.NotFound.class);
        assertThat(watch(southOnly, south, heard)).isInstanceOf(Outcome.Ok.class);

        f.create(org.owner(), north, f.customer(org.owner()), "RO-N1").orElseThrow();
        assertThat(heard).as("nobody watches north").hasValue(0);
    }
}
