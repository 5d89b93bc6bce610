package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.soptrack.core.domain.sop.AgingPolicy;
import org.soptrack.core.domain.sop.FollowUpPolicy;
import org.soptrack.core.domain.sop.RooftopSettings;
import org.soptrack.core.domain.tenancy.Rooftop;

/** The JSON shapes of rooftops and their settings. */
final class RooftopJson {

    private RooftopJson() {
    }

    @Serdeable
    record Details(String name, String brand, String city, String stateCode, @Nullable String country) {
        Rooftop.Details details() {
            return new Rooftop.Details(name, brand, city, stateCode, country == null ? "US" : country);
        }

        static Details of(Rooftop.Details d) {
            return new Details(d.name(), d.brand(), d.city(), d.stateCode(), d.country());
        }
    }

    /** Rooftop settings with every duration in whole days. */
    @Serdeable
    record Settings(Integer agingThresholdDays, Integer defaultReturnWindowDays, Map<String, Integer> vendorReturnWindowDays,
                    Integer deadlineNearWindowDays, Integer firstContactDelayDays, Integer recycleEveryDays,
                    Integer dailyWithinDays, Boolean waitForAllParts) {

        RooftopSettings settings() {
            Map<String, Duration> vendors = new TreeMap<>();
            if (vendorReturnWindowDays != null) {
                vendorReturnWindowDays.forEach((vendor, days) ->
                        vendors.put(vendor, Input.days("vendorReturnWindowDays." + vendor, days)));
            }
            var aging = new AgingPolicy(Input.days("agingThresholdDays", agingThresholdDays),
                    Input.days("defaultReturnWindowDays", defaultReturnWindowDays), vendors,
                    Input.days("deadlineNearWindowDays", deadlineNearWindowDays));
            var followUp = new FollowUpPolicy(Input.days("firstContactDelayDays", firstContactDelayDays),
                    Input.days("recycleEveryDays", recycleEveryDays), Input.days("dailyWithinDays", dailyWithinDays),
                    Input.flag("waitForAllParts", waitForAllParts));
            return new RooftopSettings(aging, followUp);
        }

        static Settings of(RooftopSettings s) {
            Map<String, Integer> vendors = new TreeMap<>();
            s.aging().vendorReturnWindows().forEach((vendor, window) -> vendors.put(vendor, (int) window.toDays()));
            return new Settings((int) s.aging().agingThreshold().toDays(),
                    (int) s.aging().defaultReturnWindow().toDays(), vendors,
                    (int) s.aging().deadlineNearWindow().toDays(), (int) s.followUp().firstContactDelay().toDays(),
                    (int) s.followUp().recycleEvery().toDays(), (int) s.followUp().dailyWithin().toDays(),
                    s.followUp().waitForAllParts());
        }
    }

    @Serdeable
    record View(String id, long version, Details details, Settings settings) {
        static View of(Rooftop r) {
            return new View(r.id().value().toString(), r.version(), Details.of(r.details()), Settings.of(r.settings()));
        }
    }

    @Serdeable
    record Change(Long version, Details details, Settings settings) {
    }
}
