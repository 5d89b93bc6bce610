package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code operator_access_grants}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("operator_access_grants")
record GrantRow(UUID organizationId, @Id UUID id, UUID operatorId, String reason, String scope, Instant openedAt,
                Instant expiresAt, @Nullable Instant closedAt, @Nullable String closedByKind,
                @Nullable UUID closedById, long version) {
}
