package org.soptrack.core.memory;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.soptrack.core.port.out.TotpPort;

/**
 * RFC 6238 written out from the RFC for tests (HMAC-SHA1, 6 digits, 30-second steps), so that core's tests and an
 * adapter built on a library can each be checked against an independent implementation and the RFC's test vectors.
 */
public final class ReferenceTotp implements TotpPort {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newKey() {
        byte[] key = new byte[20];
        random.nextBytes(key);
        return base32(key);
    }

    @Override
    public OptionalLong matchingStep(String key, String code, Instant now) {
        long step = step(now);
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (code(key, candidate).equals(code)) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 30);
    }

    /** The code an authenticator app shows for {@code key} at {@code at}. */
    public static String codeAt(String key, Instant at) {
        return code(key, step(at));
    }

    public static String code(String base32Key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(unbase32(base32Key), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] unbase32(String text) {
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase().toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
