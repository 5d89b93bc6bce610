package org.soptrack.core.domain.security;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;

/** Failed logins of one account since its last success: how many, the latest, and until when it is locked. */
public record LoginFailures(int count, Optional<Instant> lastFailedAt, Optional<Instant> lockedUntil) {

    public static final LoginFailures NONE = new LoginFailures(0, Optional.empty(), Optional.empty());

    public LoginFailures {
        if (count < 0) {
            throw new InvalidValueException("count", "must not be negative");
        }
        Require.present("lastFailedAt", lastFailedAt);
        Require.present("lockedUntil", lockedUntil);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
