package org.soptrack.core.domain.sop;

import org.soptrack.core.domain.shared.Require;

/** What a rooftop sets for its parts department: aging and return windows, and the BDC follow-up rhythm. */
public record RooftopSettings(AgingPolicy aging, FollowUpPolicy followUp) {

    public RooftopSettings {
        Require.present("aging", aging);
        Require.present("followUp", followUp);
    }

    public static RooftopSettings defaults() {
        return new RooftopSettings(AgingPolicy.DEFAULTS, FollowUpPolicy.DEFAULTS);
    }
}
