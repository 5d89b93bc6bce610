package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;

/** What every {@code RetentionOverrideRepository} must do: replace all at once, read back, and keep tenants apart. */
public abstract class RetentionOverrideRepositoryContract extends PortsContract {

    @Test
    void overrides_are_replaced_as_a_whole_and_belong_to_their_tenant() {
        Seed a = seed();
        Seed b = seed();
        Map<RetentionCategory, RetentionPeriod> periods = Map.of(RetentionCategory.SECURITY_LOG,
                RetentionPeriod.days(90), RetentionCategory.TRUSTED_DEVICES, RetentionPeriod.of(Duration.ofHours(36)));
        assertThat(in(a.tenant(), () -> ports.retentionOverrides().find(a.tenant()))).isEmpty();
        run(a.tenant(), () -> ports.retentionOverrides().replace(a.tenant(), periods));
        assertThat(in(a.tenant(), () -> ports.retentionOverrides().find(a.tenant()))).isEqualTo(periods);
        assertThat(in(b.tenant(), () -> ports.retentionOverrides().find(b.tenant()))).isEmpty();

        run(a.tenant(), () -> ports.retentionOverrides().replace(a.tenant(),
                Map.of(RetentionCategory.DELIVERY_LOG, RetentionPeriod.days(30))));
        assertThat(in(a.tenant(), () -> ports.retentionOverrides().find(a.tenant())))
                .isEqualTo(Map.of(RetentionCategory.DELIVERY_LOG, RetentionPeriod.days(30)));
        run(b.tenant(), () -> ports.retentionOverrides().replace(b.tenant(), Map.of()));
        assertThat(in(a.tenant(), () -> ports.retentionOverrides().find(a.tenant()))).hasSize(1);
        run(a.tenant(), () -> ports.retentionOverrides().replace(a.tenant(), Map.of()));
        assertThat(in(a.tenant(), () -> ports.retentionOverrides().find(a.tenant()))).isEmpty();
    }
}
