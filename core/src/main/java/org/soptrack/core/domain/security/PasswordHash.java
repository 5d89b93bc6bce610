package org.soptrack.core.domain.security;

import org.soptrack.core.domain.shared.Require;

/** A slow salted hash of a password in the hasher's own self-describing format (e.g. a PHC string for Argon2id). */
public record PasswordHash(String encoded) {

    public PasswordHash {
        encoded = Require.text("passwordHash", encoded, 512);
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
