package org.soptrack.core.service;

import java.util.Map;
import java.util.stream.Collectors;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.out.RooftopRepository;

/** The settings of every rooftop of a tenant, read once per use case. */
final class RooftopSettingsLookup {

    private final Map<RooftopId, RooftopSettings> byRooftop;

    private RooftopSettingsLookup(Map<RooftopId, RooftopSettings> byRooftop) {
        this.byRooftop = byRooftop;
    }

    static RooftopSettingsLookup load(RooftopRepository rooftops, TenantId tenant) {
        return new RooftopSettingsLookup(rooftops.findAll(tenant).stream()
                .collect(Collectors.toMap(Rooftop::id, Rooftop::settings)));
    }

    RooftopSettings of(RooftopId rooftop) {
        return byRooftop.getOrDefault(rooftop, RooftopSettings.defaults());
    }
}
