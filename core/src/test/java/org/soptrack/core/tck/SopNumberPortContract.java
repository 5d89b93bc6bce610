package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.SopNumber;

/** What every {@code SopNumberPort} must do (R-SOP-7). */
public abstract class SopNumberPortContract extends PortsContract {

    private long next(Seed s, RooftopId rooftop) {
        return in(s.tenant(), () -> ports.sopNumbers().next(s.tenant(), rooftop)).value();
    }

    @Test
    void each_rooftop_counts_from_one_on_its_own() {
        Seed s = seed();
        RooftopId second = addRooftop(s.tenant(), "Second");
        assertThat(next(s, s.rooftop())).isEqualTo(1);
        assertThat(next(s, s.rooftop())).isEqualTo(2);
        assertThat(next(s, second)).isEqualTo(1);
        assertThat(next(s, s.rooftop())).isEqualTo(3);
    }

    @Test
    void another_tenants_volume_does_not_show_in_the_numbers() {
        Seed a = seed();
        Seed b = seed();
        for (int i = 0; i < 5; i++) {
            next(a, a.rooftop());
        }
        assertThat(next(b, b.rooftop())).isEqualTo(1);
        assertThat(next(a, a.rooftop())).isEqualTo(6);
    }

    @Test
    void a_rolled_back_allocation_gives_its_number_back() {
        Seed s = seed();
        assertThat(next(s, s.rooftop())).isEqualTo(1);
        assertThatThrownBy(() -> in(s.tenant(), () -> {
            SopNumber taken = ports.sopNumbers().next(s.tenant(), s.rooftop());
            throw new IllegalStateException("rolled back after taking " + taken);
        })).hasMessageContaining("taking 2");
        assertThat(next(s, s.rooftop())).isEqualTo(2);
    }
}
