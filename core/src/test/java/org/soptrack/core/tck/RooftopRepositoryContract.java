package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.AgingPolicy;
import org.soptrack.core.domain.sop.FollowUpPolicy;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code RooftopRepository} must do. */
public abstract class RooftopRepositoryContract extends PortsContract {

    private static final RooftopSettings CUSTOM = new RooftopSettings(
            new AgingPolicy(Duration.ofDays(10), Duration.ofDays(45), Map.of("acme parts", Duration.ofDays(20)),
                    Duration.ofDays(3)),
            new FollowUpPolicy(Duration.ofDays(1), Duration.ofDays(4), Duration.ofDays(10), false));

    @Test
    void round_trip_keeps_details_and_settings() {
        Seed s = seed();
        Rooftop rooftop = in(s.tenant(), () -> ports.rooftops().find(s.tenant(), s.rooftop())).orElseThrow();
        rooftop.changeSettings(CUSTOM);
        rooftop.changeDetails(new Rooftop.Details("Lakeshore Toyota", "Toyota", "Toronto", "ON", "CA"));
        assertThat(in(s.tenant(), () -> ports.rooftops().update(s.tenant(), rooftop))).isEqualTo(UpdateResult.UPDATED);

        Rooftop loaded = in(s.tenant(), () -> ports.rooftops().find(s.tenant(), s.rooftop())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(rooftop.state());
        assertThat(loaded.settings()).isEqualTo(CUSTOM);
        assertThat(loaded.details().country()).isEqualTo("CA");
        assertThat(loaded.version()).isEqualTo(1);
    }

    @Test
    void unknown_rooftop_is_empty_and_find_all_orders_by_name() {
        Seed s = seed();
        addRooftop(s.tenant(), "Alpha Honda");
        assertThat(in(s.tenant(), () -> ports.rooftops().find(s.tenant(), TestData.rooftop(s.tenant(), "x").id())))
                .isEmpty();
        assertThat(in(s.tenant(), () -> ports.rooftops().findAll(s.tenant())))
                .extracting(r -> r.details().name()).containsExactly("Alpha Honda", "Main Street Toyota");
    }

    @Test
    void a_stale_update_conflicts_and_changes_nothing() {
        Seed s = seed();
        Rooftop first = in(s.tenant(), () -> ports.rooftops().find(s.tenant(), s.rooftop())).orElseThrow();
        Rooftop second = in(s.tenant(), () -> ports.rooftops().find(s.tenant(), s.rooftop())).orElseThrow();
        first.changeSettings(CUSTOM);
        run(s.tenant(), () -> ports.rooftops().update(s.tenant(), first));
        second.changeDetails(new Rooftop.Details("Renamed", "Lexus", "Peoria", "IL"));
        assertThat(in(s.tenant(), () -> ports.rooftops().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(s.tenant(), () -> ports.rooftops().find(s.tenant(), s.rooftop())).orElseThrow().details().name())
                .isEqualTo("Main Street Toyota");
    }

    @Test
    void another_tenant_can_neither_see_nor_change_it() {
        Seed a = seed();
        TenantId b = seed().tenant();
        Rooftop aRooftop = in(a.tenant(), () -> ports.rooftops().find(a.tenant(), a.rooftop())).orElseThrow();

        assertThat(in(b, () -> ports.rooftops().find(b, a.rooftop()))).isEmpty();
        assertThat(in(b, () -> ports.rooftops().findAll(b))).extracting(Rooftop::id).doesNotContain(a.rooftop());
        aRooftop.changeSettings(CUSTOM);
        assertThat(in(b, () -> ports.rooftops().update(b, aRooftop))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.rooftops().find(a.tenant(), a.rooftop())).orElseThrow().settings())
                .isEqualTo(RooftopSettings.defaults());
    }
}
