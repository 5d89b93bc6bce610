package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code organizations}. The purge census travels as parallel kind and count arrays (the table keeps one
 * {@code jsonb} object).
 */
@NamingStrategy(ColumnNames.class)
@MappedEntity("organizations")
record OrganizationRow(@Id UUID organizationId, String name, String subscription, Instant createdAt,
                       @Nullable Instant cancelledAt, boolean mfaRequired, @Nullable Instant deletionRequestedAt,
                       @Nullable String deletionRequestedByKind, @Nullable UUID deletionRequestedById,
                       @Nullable Instant deletionPurgeFrom, @Nullable Instant purgeStartedAt,
                       String[] purgeKinds, String[] purgeCounts, @Nullable Instant purgeCompletedAt, long version) {
}
