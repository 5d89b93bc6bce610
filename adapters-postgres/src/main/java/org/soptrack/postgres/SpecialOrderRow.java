package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code special_orders}; its history lives in {@code special_order_transitions}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("special_orders")
record SpecialOrderRow(UUID organizationId, @Id UUID id, UUID rooftopId, long sopNumber, UUID customerId,
                       int vehicleYear, String vehicleMake, String vehicleModel, @Nullable String vehicleVin,
                       String roNumber, String partNumber, String description, int quantity, String vendor,
                       BigDecimal unitPrice, @Nullable LocalDate eta, @Nullable LocalDate orderDate,
                       @Nullable String binLocation, @Nullable BigDecimal depositAmount,
                       @Nullable String depositState, @Nullable Instant depositPaidAt, boolean nonReturnable,
                       String notes, String status, @Nullable Instant receivedAt, @Nullable String keptByKind,
                       @Nullable UUID keptById, @Nullable Instant keptAt, @Nullable String keepReason,
                       String createdByKind, UUID createdById, Instant createdAt, Instant updatedAt, long version) {
}
