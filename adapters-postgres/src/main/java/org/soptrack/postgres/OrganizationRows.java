package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code organizations}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRows extends GenericRepository<OrganizationRow, UUID> {

    /** The census as a jsonb object of numbers, from the row's parallel arrays. */
    String COUNTS = """
            (SELECT COALESCE(jsonb_object_agg(k, CAST(v AS bigint)), '{}')
               FROM unnest(CAST(:purgeKinds AS text[]), CAST(:purgeCounts AS text[])) AS census(k, v))""";

    @Query("INSERT INTO organizations (organization_id, name, subscription, created_at, cancelled_at, mfa_required, "
            + "deletion_requested_at, deletion_requested_by_kind, deletion_requested_by_id, deletion_purge_from, "
            + "purge_started_at, purge_counts, purge_completed_at, version) VALUES (:organizationId, :name, "
            + ":subscription, :createdAt, :cancelledAt, :mfaRequired, :deletionRequestedAt, :deletionRequestedByKind, "
            + ":deletionRequestedById, :deletionPurgeFrom, :purgeStartedAt, " + COUNTS + ", :purgeCompletedAt, "
            + ":version)")
    void insert(OrganizationRow row);

    @Query("""
            SELECT organization_id, name, subscription, created_at, cancelled_at, mfa_required, deletion_requested_at,
                   deletion_requested_by_kind, deletion_requested_by_id, deletion_purge_from, purge_started_at,
                   CAST(ARRAY(SELECT key FROM jsonb_each_text(purge_counts) ORDER BY key) AS text[]) AS purge_kinds,
                   CAST(ARRAY(SELECT value FROM jsonb_each_text(purge_counts) ORDER BY key) AS text[]) AS purge_counts,
                   purge_completed_at, version
              FROM organizations WHERE organization_id = :organizationId""")
    Optional<OrganizationRow> find(UUID organizationId);

    Optional<Long> findVersionByIdForUpdate(UUID organizationId);

    @Query("UPDATE organizations SET name = :name, subscription = :subscription, cancelled_at = :cancelledAt, "
            + "mfa_required = :mfaRequired, deletion_requested_at = :deletionRequestedAt, "
            + "deletion_requested_by_kind = :deletionRequestedByKind, deletion_requested_by_id = :deletionRequestedById, "
            + "deletion_purge_from = :deletionPurgeFrom, purge_started_at = :purgeStartedAt, purge_counts = " + COUNTS
            + ", purge_completed_at = :purgeCompletedAt, version = :version WHERE organization_id = :organizationId")
    void update(OrganizationRow row);
}
