package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code invitations}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface InvitationRows extends GenericRepository<InvitationRow, UUID> {

    String SELECT = """
            SELECT organization_id, id, email, role, all_rooftops, CAST(rooftop_ids AS text[]) AS rooftop_ids,
                   token_hash, invited_by_kind, invited_by_id, created_at, expires_at, status, closed_at, version
              FROM invitations
            """;

    @Query("""
            INSERT INTO invitations (organization_id, id, email, role, all_rooftops, rooftop_ids, token_hash,
                   invited_by_kind, invited_by_id, created_at, expires_at, status, closed_at, version)
            VALUES (:organizationId, :id, :email, :role, :allRooftops, CAST(:rooftopIds AS uuid[]), :tokenHash,
                   :invitedByKind, :invitedById, :createdAt, :expiresAt, :status, :closedAt, :version)""")
    void insert(InvitationRow row);

    @Query(SELECT + "WHERE organization_id = :organizationId AND id = :id")
    Optional<InvitationRow> find(UUID organizationId, UUID id);

    @Query(SELECT + "WHERE organization_id = :organizationId AND status = 'PENDING' ORDER BY created_at, id")
    List<InvitationRow> findPending(UUID organizationId);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE invitations SET status = :status, closed_at = :closedAt, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(InvitationRow row);
}
