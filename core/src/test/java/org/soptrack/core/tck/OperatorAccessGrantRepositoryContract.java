package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code OperatorAccessGrantRepository} must do. */
public abstract class OperatorAccessGrantRepositoryContract extends PortsContract {

    private static final OperatorId OPERATOR = OperatorId.of(UUID.randomUUID());

    static OperatorAccessGrant grant(TenantId tenant, OperatorId operator, Duration openedAfterT0) {
        return OperatorAccessGrant.open(new GrantId(UUID.randomUUID()), tenant, operator,
                "Ticket 4711: customer cannot see SOPs", GrantScope.READ_ONLY, Duration.ofHours(2),
                TestData.T0.plus(openedAfterT0));
    }

    @Test
    void finds_active_grants_by_operator_and_time() {
        Seed s = seed();
        OperatorAccessGrant early = grant(s.tenant(), OPERATOR, Duration.ZERO);
        OperatorAccessGrant late = grant(s.tenant(), OPERATOR, Duration.ofHours(3));
        OperatorAccessGrant other = grant(s.tenant(), OperatorId.of(UUID.randomUUID()), Duration.ZERO);
        run(s.tenant(), () -> {
            ports.grants().add(s.tenant(), early);
            ports.grants().add(s.tenant(), late);
            ports.grants().add(s.tenant(), other);
        });
        assertThat(in(s.tenant(), () -> ports.grants().find(s.tenant(), early.id())).orElseThrow().state())
                .isEqualTo(early.state());
        assertThat(in(s.tenant(), () -> ports.grants().findActive(s.tenant(), OPERATOR, TestData.T0.plus(Duration.ofHours(1)))))
                .extracting(OperatorAccessGrant::id).containsExactly(early.id());
        assertThat(in(s.tenant(), () -> ports.grants().findActive(s.tenant(), OPERATOR, TestData.T0.plus(Duration.ofHours(2)))))
                .isEmpty();
        assertThat(in(s.tenant(), () -> ports.grants().findActive(s.tenant(), OPERATOR, TestData.T0.plus(Duration.ofHours(4)))))
                .extracting(OperatorAccessGrant::id).containsExactly(late.id());
        assertThat(in(s.tenant(), () -> ports.grants().findAll(s.tenant()))).first()
                .extracting(OperatorAccessGrant::id).isEqualTo(late.id());
    }

    @Test
    void a_closed_grant_is_not_active_and_a_stale_close_conflicts() {
        Seed s = seed();
        OperatorAccessGrant g = grant(s.tenant(), OPERATOR, Duration.ZERO);
        run(s.tenant(), () -> ports.grants().add(s.tenant(), g));
        OperatorAccessGrant first = in(s.tenant(), () -> ports.grants().find(s.tenant(), g.id())).orElseThrow();
        OperatorAccessGrant second = in(s.tenant(), () -> ports.grants().find(s.tenant(), g.id())).orElseThrow();
        first.close(ActorRef.system(), TestData.T0.plus(Duration.ofMinutes(5)));
        second.close(ActorRef.system(), TestData.T0.plus(Duration.ofMinutes(6)));
        assertThat(in(s.tenant(), () -> ports.grants().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.grants().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(s.tenant(), () -> ports.grants().findActive(s.tenant(), OPERATOR, TestData.T0.plus(Duration.ofMinutes(10)))))
                .isEmpty();
        assertThat(in(s.tenant(), () -> ports.grants().find(s.tenant(), g.id())).orElseThrow().state().closedAt())
                .contains(TestData.T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void another_tenant_can_neither_see_nor_change_it() {
        Seed a = seed();
        TenantId b = seed().tenant();
        OperatorAccessGrant g = grant(a.tenant(), OPERATOR, Duration.ZERO);
        run(a.tenant(), () -> ports.grants().add(a.tenant(), g));
        assertThat(in(b, () -> ports.grants().find(b, g.id()))).isEmpty();
        assertThat(in(b, () -> ports.grants().findAll(b))).isEmpty();
        assertThat(in(b, () -> ports.grants().findActive(b, OPERATOR, TestData.T0))).isEmpty();
        OperatorAccessGrant loaded = in(a.tenant(), () -> ports.grants().find(a.tenant(), g.id())).orElseThrow();
        loaded.close(ActorRef.system(), TestData.T0);
        assertThat(in(b, () -> ports.grants().update(b, loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.grants().findActive(a.tenant(), OPERATOR, TestData.T0))).hasSize(1);
    }
}
