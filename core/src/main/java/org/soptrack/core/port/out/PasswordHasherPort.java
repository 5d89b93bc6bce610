package org.soptrack.core.port.out;

import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;

/** Slow salted password hashing (Argon2id or bcrypt in production). */
public interface PasswordHasherPort {

    PasswordHash hash(Password password);

    /** Whether the password matches; takes about as long for a wrong password as for a right one. */
    boolean matches(Password password, PasswordHash hash);

    /** A hash of no real password, to verify against when the account does not exist, so timing reveals nothing. */
    PasswordHash decoy();

    /**
     * Whether {@code hash} was made at a lower cost than this hasher's own, so that a sign-in that just proved the
     * password should store it hashed again; a hasher whose cost never rises answers false.
     */
    default boolean needsRehash(PasswordHash hash) {
        return false;
    }
}
