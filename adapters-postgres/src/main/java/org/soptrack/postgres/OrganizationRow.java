package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code organizations}. */
@MappedEntity("organizations")
record OrganizationRow(@Id UUID organizationId, String name, String subscription, Instant createdAt,
                       @Nullable Instant cancelledAt, boolean mfaRequired, long version) {
}
