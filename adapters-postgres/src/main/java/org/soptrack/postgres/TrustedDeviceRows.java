package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code trusted_devices}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TrustedDeviceRows extends GenericRepository<TrustedDeviceRow, UUID> {

    void save(TrustedDeviceRow row);

    Optional<TrustedDeviceRow> findByOrganizationIdAndId(UUID organizationId, UUID id);

    @Query("""
            SELECT * FROM trusted_devices
             WHERE organization_id = :organizationId AND member_id = :memberId AND revoked_at IS NULL
             ORDER BY last_used_at DESC, id""")
    List<TrustedDeviceRow> findUnrevoked(UUID organizationId, UUID memberId);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE trusted_devices SET last_used_at = :lastUsedAt, revoked_at = :revokedAt, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(TrustedDeviceRow row);
}
