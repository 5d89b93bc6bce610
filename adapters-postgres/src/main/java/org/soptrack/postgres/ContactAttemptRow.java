package org.soptrack.postgres;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code contact_attempts}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("contact_attempts")
record ContactAttemptRow(UUID organizationId, @Id UUID id, UUID rooftopId, String roNumber, UUID customerId,
                         Instant at, String actorKind, UUID actorId, String channel, String outcome, String note) {
}
