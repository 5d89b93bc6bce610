package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code credentials}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CredentialRows extends GenericRepository<CredentialRow, UUID> {

    void save(CredentialRow row);

    Optional<CredentialRow> findByOrganizationIdAndMemberId(UUID organizationId, UUID memberId);

    Optional<Long> findVersionByOrganizationIdAndMemberIdForUpdate(UUID organizationId, UUID memberId);

    @Query("""
            UPDATE credentials SET password_hash = :passwordHash, changed_at = :changedAt,
                   failed_attempts = :failedAttempts, last_failed_at = :lastFailedAt, locked_until = :lockedUntil,
                   mfa_method = :mfaMethod, mfa_phone = :mfaPhone, totp_key = :totpKey,
                   pending_totp_key = :pendingTotpKey, last_totp_step = :lastTotpStep, version = :version
             WHERE organization_id = :organizationId AND member_id = :memberId""")
    void update(CredentialRow row);
}
