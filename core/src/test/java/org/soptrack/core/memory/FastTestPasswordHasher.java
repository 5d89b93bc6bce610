package org.soptrack.core.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.port.out.PasswordHasherPort;

/**
 * A salted SHA-256 "hasher" that is fast on purpose, for tests only: production needs a slow hash (the server uses
 * Argon2id). Its format is {@code test$<salt hex>$<digest hex>}.
 */
public final class FastTestPasswordHasher implements PasswordHasherPort {

    private final SecureRandom random = new SecureRandom();

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash("test$" + HexFormat.of().formatHex(salt) + "$" + digest(salt, password));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 3 || !parts[0].equals("test")) {
            return false;
        }
        return MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.US_ASCII),
                digest(HexFormat.of().parseHex(parts[1]), password).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public PasswordHash decoy() {
        return new PasswordHash("test$00$00");
    }

    private static String digest(byte[] salt, Password password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(password.value().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
