package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code MemberRepository} must do. */
public abstract class MemberRepositoryContract extends PortsContract {

    @Test
    void round_trip_keeps_role_and_rooftop_scope() {
        Seed s = seed();
        Member member = TestData.member(s.tenant(), "bdc@example.com", Role.BDC);
        member.changeRole(Role.BDC, RooftopScope.only(Set.of(s.rooftop())));
        run(s.tenant(), () -> ports.members().add(s.tenant(), member));

        Member loaded = in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(member.state());
        assertThat(loaded.rooftops().covers(s.rooftop())).isTrue();
        assertThat(loaded.version()).isZero();
    }

    @Test
    void finds_active_members_by_email_and_leaves_removed_ones_out() {
        Seed s = seed();
        Member active = TestData.member(s.tenant(), "a@example.com", Role.OWNER);
        Member removed = TestData.member(s.tenant(), "b@example.com", Role.VIEWER);
        run(s.tenant(), () -> {
            ports.members().add(s.tenant(), active);
            ports.members().add(s.tenant(), removed);
        });
        Member toRemove = in(s.tenant(), () -> ports.members().find(s.tenant(), removed.id())).orElseThrow();
        toRemove.remove(TestData.T0);
        assertThat(in(s.tenant(), () -> ports.members().update(s.tenant(), toRemove))).isEqualTo(UpdateResult.UPDATED);

        assertThat(in(s.tenant(), () -> ports.members().findActiveByEmail(s.tenant(), Email.of("A@Example.com"))))
                .map(Member::id).contains(active.id());
        assertThat(in(s.tenant(), () -> ports.members().findActiveByEmail(s.tenant(), Email.of("b@example.com"))))
                .isEmpty();
        assertThat(in(s.tenant(), () -> ports.members().findActive(s.tenant()))).extracting(Member::id)
                .containsExactly(active.id());
    }

    @Test
    void a_stale_update_conflicts() {
        Seed s = seed();
        Member member = TestData.member(s.tenant(), "c@example.com", Role.ADVISOR);
        run(s.tenant(), () -> ports.members().add(s.tenant(), member));
        Member first = in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow();
        Member second = in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow();
        first.changeRole(Role.PARTS_MANAGER, RooftopScope.allRooftops());
        second.remove(TestData.T0);
        assertThat(in(s.tenant(), () -> ports.members().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.members().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow().isActive()).isTrue();
    }

    @Test
    void another_tenant_can_neither_see_nor_change_them() {
        Seed a = seed();
        TenantId b = seed().tenant();
        Member member = TestData.member(a.tenant(), "shared@example.com", Role.OWNER);
        run(a.tenant(), () -> ports.members().add(a.tenant(), member));

        assertThat(in(b, () -> ports.members().find(b, member.id()))).isEmpty();
        assertThat(in(b, () -> ports.members().findActiveByEmail(b, member.email()))).isEmpty();
        assertThat(in(b, () -> ports.members().findActive(b))).isEmpty();
        Member loaded = in(a.tenant(), () -> ports.members().find(a.tenant(), member.id())).orElseThrow();
        loaded.remove(TestData.T0);
        assertThat(in(b, () -> ports.members().update(b, loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.members().find(a.tenant(), member.id())).orElseThrow().isActive()).isTrue();

        Member sameEmailInB = TestData.member(b, "shared@example.com", Role.OWNER);
        run(b, () -> ports.members().add(b, sameEmailInB));
        assertThat(in(b, () -> ports.members().findActiveByEmail(b, member.email()))).map(Member::id)
                .contains(sameEmailInB.id());
    }
}
