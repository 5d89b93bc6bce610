package org.soptrack.notify;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.soptrack.core.port.out.LinkSignaturePort;

/**
 * Signs the links of messages that work without a sign-in (a customer's unsubscribe link) with HMAC-SHA256 under the
 * deployment's key, which must be at least {@value #MIN_KEY_BYTES} bytes and the same on every instance and across
 * restarts: a link signed under another key no longer opens.
 */
public final class HmacLinkSignatures implements LinkSignaturePort {

    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    public HmacLinkSignatures(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A link key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), "HmacSHA256");
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "HmacLinkSignatures[key hidden]";
    }
}
