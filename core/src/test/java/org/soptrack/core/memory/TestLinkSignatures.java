package org.soptrack.core.memory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.soptrack.core.port.out.LinkSignaturePort;

/** HMAC-SHA256 link signatures under a key named in the test, for core's tests and the adapters' contract runs. */
public final class TestLinkSignatures implements LinkSignaturePort {

    private final SecretKeySpec key;

    public TestLinkSignatures(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The key every in-memory set of ports uses unless a test picks another. */
    public static TestLinkSignatures standard() {
        return new TestLinkSignatures("the test deployment's link signing key");
    }

    @Override
    public byte[] sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
