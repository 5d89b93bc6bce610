package org.soptrack.postgres;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.AgingPolicy;
import org.soptrack.core.domain.sop.FollowUpPolicy;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.tenancy.Rooftop;

/** Rooftops to rows and back. */
final class RooftopMapper {

    private RooftopMapper() {
    }

    static RooftopRow row(TenantId tenant, Rooftop rooftop) {
        Rooftop.State s = rooftop.state();
        AgingPolicy aging = s.settings().aging();
        FollowUpPolicy followUp = s.settings().followUp();
        Map<String, Duration> windows = new TreeMap<>(aging.vendorReturnWindows());
        return new RooftopRow(tenant.value(), s.id().value(), s.details().name(), s.details().brand(),
                s.details().city(), s.details().stateCode(), s.details().country(), aging.agingThreshold().toSeconds(),
                aging.defaultReturnWindow().toSeconds(), windows.keySet().toArray(String[]::new),
                windows.values().stream().map(d -> Long.toString(d.toSeconds())).toArray(String[]::new),
                aging.deadlineNearWindow().toSeconds(), followUp.firstContactDelay().toSeconds(),
                followUp.recycleEvery().toSeconds(), followUp.dailyWithin().toSeconds(), followUp.waitForAllParts(),
                s.createdAt(), rooftop.version());
    }

    static Rooftop rooftop(RooftopRow row) {
        Map<String, Duration> windows = new TreeMap<>();
        for (int i = 0; i < row.vendorKeys().length; i++) {
            windows.put(row.vendorKeys()[i], Duration.ofSeconds(Long.parseLong(row.vendorWindowSeconds()[i])));
        }
        AgingPolicy aging = new AgingPolicy(Duration.ofSeconds(row.agingThresholdSeconds()),
                Duration.ofSeconds(row.defaultReturnWindowSeconds()), windows,
                Duration.ofSeconds(row.deadlineNearWindowSeconds()));
        FollowUpPolicy followUp = new FollowUpPolicy(Duration.ofSeconds(row.firstContactDelaySeconds()),
                Duration.ofSeconds(row.recycleEverySeconds()), Duration.ofSeconds(row.dailyWithinSeconds()),
                row.waitForAllParts());
        Rooftop.Details details = new Rooftop.Details(row.name(), row.brand(), row.city(), row.stateCode(),
                row.country());
        return Rooftop.reconstitute(new Rooftop.State(new RooftopId(row.id()), TenantId.of(row.organizationId()),
                details, new RooftopSettings(aging, followUp), row.createdAt()), row.version());
    }
}
