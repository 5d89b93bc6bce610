package org.soptrack.core.domain.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.soptrack.core.domain.shared.InvalidValueException;

/** The SHA-256 hash (lower-case hex) of a secret token: the only form in which tokens are stored. */
public record TokenHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new InvalidValueException("tokenHash", "must be 64 lower-case hex digits");
        }
    }

    /** Compares in constant time, so response timing tells nothing about how much of a guess was right. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 8) + "…]";
    }
}
