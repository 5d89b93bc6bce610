package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code operator_access_grants}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GrantRows extends GenericRepository<GrantRow, UUID> {

    void save(GrantRow row);

    Optional<GrantRow> findByOrganizationIdAndId(UUID organizationId, UUID id);

    /** Candidates for "active at now"; the grant itself decides. */
    List<GrantRow> findByOrganizationIdAndOperatorIdAndExpiresAtGreaterThan(UUID organizationId, UUID operatorId,
                                                                             Instant now);

    @Query("SELECT * FROM operator_access_grants WHERE organization_id = :organizationId ORDER BY opened_at DESC, id DESC")
    List<GrantRow> findAll(UUID organizationId);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE operator_access_grants SET closed_at = :closedAt, closed_by_kind = :closedByKind,
                   closed_by_id = :closedById, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(GrantRow row);
}
