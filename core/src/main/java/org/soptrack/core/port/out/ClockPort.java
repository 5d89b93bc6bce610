package org.soptrack.core.port.out;

import java.time.Clock;
import java.time.Instant;

/** The current time; tests use a fake one, so every rule with a duration is tested without sleeping. */
public interface ClockPort {

    Instant now();

    static ClockPort of(Clock clock) {
        return clock::instant;
    }
}
