package org.soptrack.core.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.TokenPort;

/** The default {@link TokenPort}: secrets from {@link SecureRandom}, hashed with SHA-256. */
public final class SecureRandomTokens implements TokenPort {

    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] newSecret(int bytes) {
        if (bytes < 16) {
            throw new IllegalArgumentException("a secret needs at least 128 bits");
        }
        byte[] secret = new byte[bytes];
        random.nextBytes(secret);
        return secret;
    }

    @Override
    public TokenHash hash(byte[] secret) {
        try {
            return new TokenHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
