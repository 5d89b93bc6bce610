package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code trusted_devices}. */
@NamingStrategy(ColumnNames.class)
@MappedEntity("trusted_devices")
record TrustedDeviceRow(UUID organizationId, @Id UUID id, UUID memberId, String tokenHash, String label,
                        Instant trustedAt, Instant lastUsedAt, @Nullable Instant revokedAt, long version) {
}
