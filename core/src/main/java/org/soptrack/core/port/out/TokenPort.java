package org.soptrack.core.port.out;

import org.soptrack.core.domain.tenancy.TokenHash;

/** Makes unguessable secrets and the one-way hashes under which they are stored. */
public interface TokenPort {

    /** A new secret of {@code bytes} random bytes from a cryptographically strong source. */
    byte[] newSecret(int bytes);

    TokenHash hash(byte[] secret);
}
