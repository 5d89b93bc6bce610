package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code account_tokens}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountTokenRows extends GenericRepository<AccountTokenRow, UUID> {

    void save(AccountTokenRow row);

    Optional<AccountTokenRow> findByOrganizationIdAndId(UUID organizationId, UUID id);

    @Query("""
            SELECT count(*) FROM account_tokens
             WHERE organization_id = :organizationId AND member_id = :memberId AND purpose = :purpose
               AND requested_at >= :since""")
    int countRequestedSince(UUID organizationId, UUID memberId, String purpose, Instant since);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE account_tokens SET used_at = :usedAt, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(AccountTokenRow row);
}
