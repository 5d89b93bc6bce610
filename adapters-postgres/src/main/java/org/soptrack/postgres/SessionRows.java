package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code sessions}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRows extends GenericRepository<SessionRow, UUID> {

    void save(SessionRow row);

    Optional<SessionRow> findByOrganizationIdAndId(UUID organizationId, UUID id);

    @Query("""
            SELECT * FROM sessions
             WHERE organization_id = :organizationId AND member_id = :memberId AND status <> 'ENDED'
             ORDER BY started_at, id""")
    List<SessionRow> findOpen(UUID organizationId, UUID memberId);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE sessions SET status = :status, last_used_at = :lastUsedAt, refresh_hash = :refreshHash,
                   challenge_method = :challengeMethod, challenge_secret_hash = :challengeSecretHash,
                   challenge_code_hash = :challengeCodeHash, challenge_expires_at = :challengeExpiresAt,
                   challenge_wrong_codes = :challengeWrongCodes, choice_hash = :choiceHash,
                   choice_expires_at = :choiceExpiresAt, ended_at = :endedAt, end_reason = :endReason,
                   version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(SessionRow row);
}
