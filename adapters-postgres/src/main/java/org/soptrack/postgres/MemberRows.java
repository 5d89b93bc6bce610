package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code members}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MemberRows extends GenericRepository<MemberRow, UUID> {

    String SELECT = """
            SELECT organization_id, id, email, display_name, role, all_rooftops,
                   CAST(rooftop_ids AS text[]) AS rooftop_ids, status, joined_at, removed_at,
                   last_sign_in_at, deletion_requested_at, version
              FROM members
            """;

    @Query("""
            INSERT INTO members (organization_id, id, email, display_name, role, all_rooftops, rooftop_ids, status,
                   joined_at, removed_at, last_sign_in_at, deletion_requested_at, version)
            VALUES (:organizationId, :id, :email, :displayName, :role, :allRooftops, CAST(:rooftopIds AS uuid[]),
                   :status, :joinedAt, :removedAt, :lastSignInAt, :deletionRequestedAt, :version)""")
    void insert(MemberRow row);

    @Query(SELECT + "WHERE organization_id = :organizationId AND id = :id")
    Optional<MemberRow> find(UUID organizationId, UUID id);

    @Query(SELECT + "WHERE organization_id = :organizationId AND status = 'ACTIVE' AND email = :email")
    Optional<MemberRow> findActiveByEmail(UUID organizationId, String email);

    @Query(SELECT + "WHERE organization_id = :organizationId AND status = 'ACTIVE' ORDER BY email")
    List<MemberRow> findActive(UUID organizationId);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE members SET email = :email, display_name = :displayName, role = :role,
                   all_rooftops = :allRooftops, rooftop_ids = CAST(:rooftopIds AS uuid[]), status = :status,
                   removed_at = :removedAt, last_sign_in_at = :lastSignInAt,
                   deletion_requested_at = :deletionRequestedAt, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(MemberRow row);
}
