package org.soptrack.core.domain.tenancy;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * What an invitee receives: the organization, the invitation and a random secret of {@value #SECRET_BYTES} bytes,
 * as one opaque URL-safe string. Naming the organization lets acceptance run inside that tenant alone.
 */
public record InvitationToken(TenantId tenantId, InvitationId invitationId, byte[] secret) {

    public static final int SECRET_BYTES = 32;
    private static final int LENGTH = 16 + 16 + SECRET_BYTES;

    public InvitationToken {
        Require.present("tenantId", tenantId);
        Require.present("invitationId", invitationId);
        if (secret == null || secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("secret must be " + SECRET_BYTES + " bytes");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        put(buffer, tenantId.value());
        put(buffer, invitationId.value());
        buffer.put(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** Reads a token; anything that is not one yields empty, never an exception. */
    public static Optional<InvitationToken> parse(String text) {
        if (text == null || text.length() > 200) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != LENGTH) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        TenantId tenant = TenantId.of(new UUID(buffer.getLong(), buffer.getLong()));
        InvitationId invitation = new InvitationId(new UUID(buffer.getLong(), buffer.getLong()));
        byte[] secret = new byte[SECRET_BYTES];
        buffer.get(secret);
        return Optional.of(new InvitationToken(tenant, invitation, secret));
    }

    private static void put(ByteBuffer buffer, UUID uuid) {
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvitationToken t && tenantId.equals(t.tenantId) && invitationId.equals(t.invitationId)
                && java.util.Arrays.equals(secret, t.secret);
    }

    @Override
    public int hashCode() {
        return 31 * invitationId.hashCode() + java.util.Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "InvitationToken[" + invitationId + "]";
    }
}
