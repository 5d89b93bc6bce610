package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code credentials}: a member's password hash and failed logins since the last success. */
@MappedEntity("credentials")
record CredentialRow(UUID organizationId, @Id UUID memberId, String passwordHash, Instant changedAt,
                     int failedAttempts, @Nullable Instant lastFailedAt, @Nullable Instant lockedUntil, long version) {
}
