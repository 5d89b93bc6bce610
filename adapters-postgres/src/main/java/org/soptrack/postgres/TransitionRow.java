package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code special_order_transitions}, one status change of an order. The table's key is (organization, order,
 * seq); the order id is marked as the id only because the mapping needs one, and rows are never looked up by it alone.
 */
@NamingStrategy(ColumnNames.class)
@MappedEntity("special_order_transitions")
record TransitionRow(UUID organizationId, @Id UUID specialOrderId, int seq, String fromStatus, String toStatus,
                     String actorKind, UUID actorId, Instant at, @Nullable String reason) {
}
