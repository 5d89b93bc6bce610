package org.soptrack.core.service;

import java.net.URI;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.out.LinkSignaturePort;

/**
 * A customer's one-click unsubscribe link (R-NOT-2): {@code uns_} and the organization's and customer's ids with
 * their signature by the deployment's {@link LinkSignaturePort}, so that nobody can make one for another customer and
 * nothing needs storing. It opts the customer out of e-mail only, and never expires.
 */
final class UnsubscribeLinks {

    static final String PREFIX = "uns_";
    private static final int IDS = 32;
    private static final int MAC_BYTES = 32;

    /** Whom a valid link names. */
    record Target(TenantId tenant, CustomerId customer) {
    }

    private final URI publicUrl;
    private final LinkSignaturePort signatures;

    UnsubscribeLinks(URI publicUrl, LinkSignaturePort signatures) {
        this.publicUrl = publicUrl;
        this.signatures = signatures;
    }

    URI link(TenantId tenant, CustomerId customer) {
        return publicUrl.resolve("/unsubscribe?token=" + token(tenant, customer));
    }

    String token(TenantId tenant, CustomerId customer) {
        byte[] ids = ids(tenant.value(), customer.value());
        byte[] raw = ByteBuffer.allocate(IDS + MAC_BYTES).put(ids).put(mac(ids)).array();
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
        if (raw.length != IDS + MAC_BYTES) {
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

    /** The first {@value #MAC_BYTES} bytes of the port's signature (all of an HMAC-SHA256). */
    private byte[] mac(byte[] message) {
        byte[] signature = signatures.sign(message);
        if (signature.length < MAC_BYTES) {
            throw new IllegalStateException("A link signature needs at least " + MAC_BYTES + " bytes");
        }
        return Arrays.copyOf(signature, MAC_BYTES);
    }
}
