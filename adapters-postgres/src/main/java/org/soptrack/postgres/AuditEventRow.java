package org.soptrack.postgres;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code audit_events}; the details travel as parallel key and value arrays (one {@code jsonb} object). */
@NamingStrategy(ColumnNames.class)
@MappedEntity("audit_events")
record AuditEventRow(UUID organizationId, @Id UUID id, Instant at, String actorKind, UUID actorId, String action,
                     String target, String[] detailKeys, String[] detailValues) {
}
