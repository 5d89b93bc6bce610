package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code sessions}: one sign-in, with its challenge while it waits for a second factor, or its choice while it
 * waits for the member to choose this organization.
 */
@NamingStrategy(ColumnNames.class)
@MappedEntity("sessions")
record SessionRow(UUID organizationId, @Id UUID id, UUID memberId, String status, Instant startedAt,
                  Instant lastUsedAt, @Nullable String refreshHash, @Nullable String challengeMethod,
                  @Nullable String challengeSecretHash, @Nullable String challengeCodeHash,
                  @Nullable Instant challengeExpiresAt, int challengeWrongCodes, @Nullable String choiceHash,
                  @Nullable Instant choiceExpiresAt, @Nullable Instant endedAt,
                  @Nullable String endReason, String address, String userAgent, long version) {
}
