package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code credentials}: a member's password hash, failed logins since the last success and second factor. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("credentials")
record CredentialRow(UUID organizationId, @Id UUID memberId, String passwordHash, Instant changedAt,
                     int failedAttempts, @Nullable Instant lastFailedAt, @Nullable Instant lockedUntil,
                     @Nullable String mfaMethod, @Nullable String mfaPhone, @Nullable String totpKey,
                     @Nullable String pendingTotpKey, long lastTotpStep, long version) {
}
