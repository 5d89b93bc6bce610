package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code invitations}: the token's SHA-256 only, never the token. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("invitations")
record InvitationRow(UUID organizationId, @Id UUID id, String email, String role, boolean allRooftops,
                     String[] rooftopIds, String tokenHash, String invitedByKind, UUID invitedById,
                     Instant createdAt, Instant expiresAt, String status, @Nullable Instant closedAt, long version) {
}
