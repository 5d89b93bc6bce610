package org.soptrack.server.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import org.soptrack.core.domain.tenancy.LifecyclePolicy;

/**
 * {@code soptrack.lifecycle.*}: how long a trial may run without a subscription before it lapses into a cancellation,
 * and how long owners may cancel their request to delete the organization before its purge starts.
 */
@ConfigurationProperties("soptrack.lifecycle")
record LifecycleSettings(@Bindable(defaultValue = "60d") Duration trialLength,
                         @Bindable(defaultValue = "7d") Duration deletionCoolingOff) {

    LifecyclePolicy policy() {
        return new LifecyclePolicy(trialLength, deletionCoolingOff);
    }
}
