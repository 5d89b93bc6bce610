package org.soptrack.postgres;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code credentials}: a member's password hash. */
@MappedEntity("credentials")
record CredentialRow(UUID organizationId, @Id UUID memberId, String passwordHash, Instant changedAt, long version) {
}
