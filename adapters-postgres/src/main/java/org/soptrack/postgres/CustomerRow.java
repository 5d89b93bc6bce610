package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code customers}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("customers")
record CustomerRow(UUID organizationId, @Id UUID id, String name, @Nullable String phone, @Nullable String email,
                   boolean mayCall, boolean maySms, boolean mayEmail, boolean optedOut, Instant createdAt,
                   @Nullable String registeredByKind, @Nullable UUID registeredById, @Nullable Instant restrictedAt,
                   long version) {
}
