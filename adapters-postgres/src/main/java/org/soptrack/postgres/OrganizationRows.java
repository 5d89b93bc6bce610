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

    void save(OrganizationRow row);

    Optional<OrganizationRow> findById(UUID organizationId);

    Optional<Long> findVersionByIdForUpdate(UUID organizationId);

    @Query("""
            UPDATE organizations SET name = :name, subscription = :subscription, cancelled_at = :cancelledAt,
                   mfa_required = :mfaRequired, version = :version
             WHERE organization_id = :organizationId""")
    void update(OrganizationRow row);
}
