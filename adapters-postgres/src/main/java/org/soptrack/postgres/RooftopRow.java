package org.soptrack.postgres;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code rooftops}. Durations travel as whole seconds (the table keeps them as {@code interval}) and the
 * per-vendor return windows as parallel key and seconds arrays (the table keeps one {@code jsonb} object).
 */
@NamingStrategy(ColumnNames.class)
@MappedEntity("rooftops")
record RooftopRow(UUID organizationId, @Id UUID id, String name, String brand, String city, String stateCode,
                  String country,
                  long agingThresholdSeconds, long defaultReturnWindowSeconds, String[] vendorKeys,
                  String[] vendorWindowSeconds, long deadlineNearWindowSeconds, long firstContactDelaySeconds,
                  long recycleEverySeconds, long dailyWithinSeconds, boolean waitForAllParts, Instant createdAt,
                  long version) {
}
