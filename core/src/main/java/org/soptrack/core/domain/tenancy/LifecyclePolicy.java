package org.soptrack.core.domain.tenancy;

import java.time.Duration;
import org.soptrack.core.domain.shared.Require;

/**
 * How long an organization may stay on trial without a subscription before the trial lapses into a cancellation (so
 * a trial that never ends keeps no data forever), and how long the owners may change their mind after asking for the
 * organization's deletion before its purge starts.
 */
public record LifecyclePolicy(Duration trialLength, Duration deletionCoolingOff) {

    public LifecyclePolicy {
        Require.positive("trialLength", trialLength);
        Require.present("deletionCoolingOff", deletionCoolingOff);
        if (deletionCoolingOff.isNegative()) {
            throw new IllegalArgumentException("deletionCoolingOff must not be negative");
        }
    }

    /** 60 days of trial; 7 days to cancel a deletion request. */
    public static LifecyclePolicy defaults() {
        return new LifecyclePolicy(Duration.ofDays(60), Duration.ofDays(7));
    }
}
