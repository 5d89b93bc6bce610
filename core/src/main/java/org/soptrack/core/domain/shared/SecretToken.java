package org.soptrack.core.domain.shared;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A token handed to a client: what kind it is, the organization, the id of the thing it opens and a random secret of
 * {@value #SECRET_BYTES} bytes, as one opaque URL-safe string ({@code rt_…} for a refresh token). Naming the
 * organization lets the lookup run inside that tenant alone; only a hash of the secret is ever stored. The prefix
 * keeps one kind from being taken for another and lets secret scanners recognise leaked tokens.
 */
public record SecretToken(Kind kind, TenantId tenantId, UUID id, byte[] secret) {

    public static final int SECRET_BYTES = 32;
    private static final int LENGTH = 16 + 16 + SECRET_BYTES;

    /** What a token opens, and the prefix it is written with. */
    public enum Kind {
        INVITATION("inv_"), REFRESH("rt_"), SECOND_FACTOR("mfa_"), TRUSTED_DEVICE("dev_"), CHOICE("pick_"),
        PASSWORD_RESET("pwr_"), EMAIL_CHANGE("eml_");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public SecretToken {
        Require.present("kind", kind);
        Require.present("tenantId", tenantId);
        Require.present("id", id);
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
        put(buffer, id);
        buffer.put(secret);
        return kind.prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** Reads a token of {@code kind}; anything else, including a token of another kind, yields empty. */
    public static Optional<SecretToken> parse(Kind kind, String text) {
        if (text == null || text.length() > 200 || !text.strip().startsWith(kind.prefix)) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(text.strip().substring(kind.prefix.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length != LENGTH) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        TenantId tenant = TenantId.of(new UUID(buffer.getLong(), buffer.getLong()));
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        byte[] secret = new byte[SECRET_BYTES];
        buffer.get(secret);
        return Optional.of(new SecretToken(kind, tenant, id, secret));
    }

    private static void put(ByteBuffer buffer, UUID uuid) {
        buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretToken t && kind == t.kind && tenantId.equals(t.tenantId) && id.equals(t.id)
                && Arrays.equals(secret, t.secret);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "SecretToken[" + kind + " " + id + "]";
    }
}
