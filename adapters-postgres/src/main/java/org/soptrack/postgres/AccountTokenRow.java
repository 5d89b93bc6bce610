package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code account_tokens}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("account_tokens")
record AccountTokenRow(UUID organizationId, @Id UUID id, UUID memberId, String purpose, String tokenHash,
                       @Nullable String newEmail, Instant requestedAt, Instant expiresAt, @Nullable Instant usedAt,
                       long version) {
}
