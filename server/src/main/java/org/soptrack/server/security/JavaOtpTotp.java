package org.soptrack.server.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;
import org.soptrack.core.port.out.TotpPort;

/**
 * {@link TotpPort} on java-otp (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, what authenticator apps expect) with
 * Bouncy Castle's Base32 for the keys. 160-bit keys, as RFC 4226 recommends.
 */
public final class JavaOtpTotp implements TotpPort {

    private static final int KEY_BYTES = 20;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return Base32.toBase32String(key).replace("=", "");
    }

    @Override
    public OptionalLong matchingStep(String key, String code, Instant now) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec secret = new SecretKeySpec(decode(key), generator.getAlgorithm());
        long stepSeconds = generator.getTimeStep().toSeconds();
        long step = Math.floorDiv(now.getEpochSecond(), stepSeconds);
        OptionalLong match = OptionalLong.empty();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            String expected = codeAt(secret, Instant.ofEpochSecond(candidate * stepSeconds));
            // Every candidate is compared, in constant time, so timing does not tell which one matched.
            if (MessageDigest.isEqual(expected.getBytes(), code.getBytes()) && match.isEmpty()) {
                match = OptionalLong.of(candidate);
            }
        }
        return match;
    }

    private String codeAt(SecretKeySpec key, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key, at);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored TOTP key is not usable", e);
        }
    }

    /** A key as typed or stored: any case, with or without its padding. */
    private static byte[] decode(String key) {
        StringBuilder padded = new StringBuilder(key.strip().toUpperCase(Locale.ROOT));
        while (padded.length() % 8 != 0) {
            padded.append('=');
        }
        return Base32.decode(padded.toString());
    }
}
