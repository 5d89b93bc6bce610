package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code notes}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("notes")
record NoteRow(UUID organizationId, @Id UUID id, @Nullable UUID specialOrderId, @Nullable UUID customerId, String text,
               String authorKind, UUID authorId, Instant at) {
}
