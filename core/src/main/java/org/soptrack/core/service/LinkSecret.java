package org.soptrack.core.service;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The deployment's key for links that must work without a sign-in and outlive a restart (a customer's one-click
 * unsubscribe): each such link carries an HMAC-SHA256 under it. At least {@value #MIN_BYTES} bytes.
 */
public final class LinkSecret {

    public static final int MIN_BYTES = 32;

    private final byte[] key;

    private LinkSecret(byte[] key) {
        if (key == null || key.length < MIN_BYTES) {
            throw new IllegalArgumentException("A link secret needs at least " + MIN_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    public static LinkSecret of(byte[] key) {
        return new LinkSecret(key);
    }

    /** A new random secret: links signed under it stop working when it is replaced (for tests and development). */
    public static LinkSecret random() {
        byte[] key = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(key);
        return new LinkSecret(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkSecret other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "LinkSecret[hidden]";
    }
}
