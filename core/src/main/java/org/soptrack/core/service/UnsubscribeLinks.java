package org.soptrack.core.service;

import java.net.URI;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;

/**
 * A customer's one-click unsubscribe link (R-NOT-2): {@code uns_} and the organization's and customer's ids with an
 * HMAC-SHA256 of both under the deployment's {@link LinkSecret}, so that nobody can make one for another customer and
 * nothing needs storing. It opts the customer out of e-mail only, and never expires.
 */
final class UnsubscribeLinks {

    static final String PREFIX = "uns_";
    private static final int IDS = 32;
    private static final int MAC = 32;

    /** Whom a valid link names. */
    record Target(TenantId tenant, CustomerId customer) {
    }

    private final URI publicUrl;
    private final SecretKeySpec key;

    UnsubscribeLinks(URI publicUrl, LinkSecret secret) {
        this.publicUrl = publicUrl;
        this.key = new SecretKeySpec(secret.key(), "HmacSHA256");
    }

    URI link(TenantId tenant, CustomerId customer) {
        return publicUrl.resolve("/unsubscribe?token=" + token(tenant, customer));
    }

    String token(TenantId tenant, CustomerId customer) {
        byte[] ids = ids(tenant.value(), customer.value());
        byte[] raw = ByteBuffer.allocate(IDS + MAC).put(ids).put(mac(ids)).array();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The customer a token names if its signature holds; empty for anything else. */
    Optional<Target> open(String token) {
        if (token == null || token.length() > 200 || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != IDS + MAC) {
            return Optional.empty();
        }
        byte[] ids = Arrays.copyOf(raw, IDS);
        if (!MessageDigest.isEqual(mac(ids), Arrays.copyOfRange(raw, IDS, raw.length))) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(ids);
        return Optional.of(new Target(TenantId.of(new UUID(b.getLong(), b.getLong())),
                new CustomerId(new UUID(b.getLong(), b.getLong()))));
    }

    private static byte[] ids(UUID tenant, UUID customer) {
        return ByteBuffer.allocate(IDS).putLong(tenant.getMostSignificantBits())
                .putLong(tenant.getLeastSignificantBits()).putLong(customer.getMostSignificantBits())
                .putLong(customer.getLeastSignificantBits()).array();
    }

    private byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
