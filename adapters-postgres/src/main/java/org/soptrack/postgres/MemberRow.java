package org.soptrack.postgres;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.NamingStrategy;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code members}; the rooftop scope travels as text ids (the table keeps a {@code uuid[]}). */
@NamingStrategy(ColumnNames.class)
@MappedEntity("members")
record MemberRow(UUID organizationId, @Id UUID id, String email, String displayName, String role,
                 boolean allRooftops, String[] rooftopIds, String status, Instant joinedAt,
                 @Nullable Instant removedAt, @Nullable Instant lastSignInAt, @Nullable Instant deletionRequestedAt,
                 long version) {
}
