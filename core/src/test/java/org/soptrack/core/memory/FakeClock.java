package org.soptrack.core.memory;

import java.time.Duration;
import java.time.Instant;
import org.soptrack.core.port.out.ClockPort;

/** A clock that stands still until moved: every duration rule is tested with it, never with sleeps. */
public final class FakeClock implements ClockPort {

    private volatile Instant now;

    public FakeClock(Instant start) {
        this.now = start;
    }

    public static FakeClock at(String isoInstant) {
        return new FakeClock(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(Instant instant) {
        now = instant;
    }
}
