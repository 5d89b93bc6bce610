package org.soptrack.core.domain.security;

import org.soptrack.core.domain.shared.InvalidValueException;

/**
 * A password as typed, never stored and never printed. Any text up to {@value #MAX_LENGTH} characters is taken as is
 * (no trimming, no truncation); whether it is good enough is {@link PasswordPolicy}'s call.
 */
public record Password(String value) {

    /** Long enough for any passphrase, short enough that hashing cannot be used to exhaust the server. */
    public static final int MAX_LENGTH = 1024;

    public Password {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("password", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("password", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
