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
}
