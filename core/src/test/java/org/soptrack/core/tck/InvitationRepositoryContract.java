package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.InvitationStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code InvitationRepository} must do. */
public abstract class InvitationRepositoryContract extends PortsContract {

    static Invitation invitation(TenantId tenant, String email, Duration age) {
        return Invitation.create(new InvitationId(UUID.randomUUID()), tenant, Email.of(email), Role.ADVISOR,
                RooftopScope.allRooftops(), new TokenHash("ab".repeat(32)), ActorRef.system(), TestData.T0.plus(age),
                Invitation.DEFAULT_VALIDITY);
    }

    @Test
    void round_trip_and_pending_list_oldest_first() {
        Seed s = seed();
        Invitation older = invitation(s.tenant(), "one@example.com", Duration.ZERO);
        Invitation newer = invitation(s.tenant(), "two@example.com", Duration.ofHours(1));
        run(s.tenant(), () -> {
            ports.invitations().add(s.tenant(), newer);
            ports.invitations().add(s.tenant(), older);
        });
        assertThat(in(s.tenant(), () -> ports.invitations().find(s.tenant(), older.id())).orElseThrow().state())
                .isEqualTo(older.state());
        assertThat(in(s.tenant(), () -> ports.invitations().findPending(s.tenant()))).extracting(Invitation::id)
                .containsExactly(older.id(), newer.id());
    }

    @Test
    void revoked_ones_leave_the_pending_list_and_a_stale_update_conflicts() {
        Seed s = seed();
        Invitation inv = invitation(s.tenant(), "three@example.com", Duration.ZERO);
        run(s.tenant(), () -> ports.invitations().add(s.tenant(), inv));
        Invitation first = in(s.tenant(), () -> ports.invitations().find(s.tenant(), inv.id())).orElseThrow();
        Invitation second = in(s.tenant(), () -> ports.invitations().find(s.tenant(), inv.id())).orElseThrow();
        first.revoke(TestData.T0);
        second.revoke(TestData.T0);
        assertThat(in(s.tenant(), () -> ports.invitations().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.invitations().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(s.tenant(), () -> ports.invitations().findPending(s.tenant()))).isEmpty();
        assertThat(in(s.tenant(), () -> ports.invitations().find(s.tenant(), inv.id())).orElseThrow()
                .statusAt(TestData.T0)).isEqualTo(InvitationStatus.REVOKED);
        assertThat(in(s.tenant(), () -> ports.invitations().find(s.tenant(), new InvitationId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void another_tenant_can_neither_see_nor_change_it() {
        Seed a = seed();
        TenantId b = seed().tenant();
        Invitation inv = invitation(a.tenant(), "four@example.com", Duration.ZERO);
        run(a.tenant(), () -> ports.invitations().add(a.tenant(), inv));
        assertThat(in(b, () -> ports.invitations().find(b, inv.id()))).isEmpty();
        assertThat(in(b, () -> ports.invitations().findPending(b))).isEmpty();
        Invitation loaded = in(a.tenant(), () -> ports.invitations().find(a.tenant(), inv.id())).orElseThrow();
        loaded.revoke(TestData.T0);
        assertThat(in(b, () -> ports.invitations().update(b, loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.invitations().findPending(a.tenant()))).hasSize(1);
    }
}
