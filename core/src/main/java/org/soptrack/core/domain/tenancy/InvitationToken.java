package org.soptrack.core.domain.tenancy;

import java.util.Optional;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.SecretToken;
import org.soptrack.core.domain.shared.TenantId;

/**
 * What an invitee receives: the organization, the invitation and a random secret of {@value #SECRET_BYTES} bytes,
 * as one opaque URL-safe string. Naming the organization lets acceptance run inside that tenant alone.
 */
public record InvitationToken(TenantId tenantId, InvitationId invitationId, byte[] secret) {

    public static final int SECRET_BYTES = SecretToken.SECRET_BYTES;

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
        return new SecretToken(SecretToken.Kind.INVITATION, tenantId, invitationId.value(), secret).encode();
    }

    /** Reads a token; anything that is not one yields empty, never an exception. */
    public static Optional<InvitationToken> parse(String text) {
        return SecretToken.parse(SecretToken.Kind.INVITATION, text)
                .map(t -> new InvitationToken(t.tenantId(), new InvitationId(t.id()), t.secret()));
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
