package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code LegalHoldRepository} must do: round trips, holds in force first, stale updates, isolation. */
public abstract class LegalHoldRepositoryContract extends PortsContract {

    private LegalHold hold(TenantId tenant, HoldSubject subject, Duration placedAfterT0) {
        LegalHold hold = LegalHold.place(new LegalHoldId(UUID.randomUUID()), tenant, subject,
                "Litigation hold: case 24-CV-1187", ActorRef.system(), TestData.at(placedAfterT0));
        run(tenant, () -> ports.legalHolds().add(tenant, hold));
        return hold;
    }

    @Test
    void holds_round_trip_list_in_force_first_and_a_stale_release_conflicts() {
        Seed a = seed();
        LegalHold organization = hold(a.tenant(), HoldSubject.organization(), Duration.ZERO);
        LegalHold customer = hold(a.tenant(), HoldSubject.customer(a.customer().value()), Duration.ofDays(1));
        LegalHold member = hold(a.tenant(), HoldSubject.member(UUID.randomUUID()), Duration.ofDays(2));

        LegalHold loaded = in(a.tenant(), () -> ports.legalHolds().find(a.tenant(), customer.id())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(customer.state());
        LegalHold stale = in(a.tenant(), () -> ports.legalHolds().find(a.tenant(), member.id())).orElseThrow();
        LegalHold released = in(a.tenant(), () -> ports.legalHolds().find(a.tenant(), member.id())).orElseThrow();
        released.release(ActorRef.system(), TestData.at(Duration.ofDays(3)));
        assertThat(in(a.tenant(), () -> ports.legalHolds().update(a.tenant(), released))).isEqualTo(UpdateResult.UPDATED);
        stale.release(ActorRef.system(), TestData.at(Duration.ofDays(4)));
        assertThat(in(a.tenant(), () -> ports.legalHolds().update(a.tenant(), stale))).isEqualTo(UpdateResult.CONFLICT);

        assertThat(in(a.tenant(), () -> ports.legalHolds().findAll(a.tenant()))).extracting(LegalHold::id)
                .containsExactly(customer.id(), organization.id(), member.id());
        assertThat(in(a.tenant(), () -> ports.legalHolds().find(a.tenant(), member.id())).orElseThrow().state())
                .isEqualTo(released.state());
    }

    @Test
    void another_tenant_sees_no_hold() {
        Seed a = seed();
        Seed b = seed();
        LegalHold hold = hold(a.tenant(), HoldSubject.organization(), Duration.ZERO);
        assertThat(in(b.tenant(), () -> ports.legalHolds().find(b.tenant(), hold.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.legalHolds().findAll(b.tenant()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.legalHolds().update(b.tenant(), hold))).isEqualTo(UpdateResult.CONFLICT);
    }
}
