package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.TrustedDeviceRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Trusted devices on PostgreSQL. */
@Singleton
public final class PostgresTrustedDeviceRepository implements TrustedDeviceRepository {

    private final TrustedDeviceRows rows;
    private final ExpiredRows expired;

    PostgresTrustedDeviceRepository(TrustedDeviceRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public void add(TenantId tenant, TrustedDevice device) {
        rows.save(row(tenant, device));
    }

    @Override
    public Optional<TrustedDevice> find(TenantId tenant, TrustedDeviceId id) {
        return rows.findByOrganizationIdAndId(tenant.value(), id.value()).map(PostgresTrustedDeviceRepository::device);
    }

    @Override
    public List<TrustedDevice> findUnrevoked(TenantId tenant, MemberId member) {
        return rows.findUnrevoked(tenant.value(), member.value()).stream()
                .map(PostgresTrustedDeviceRepository::device).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, TrustedDevice device) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), device.id().value()),
                device.persistedVersion(), () -> rows.update(row(tenant, device)));
    }

    private static TrustedDeviceRow row(TenantId tenant, TrustedDevice device) {
        TrustedDevice.State s = device.state();
        return new TrustedDeviceRow(tenant.value(), s.id().value(), s.memberId().value(), s.tokenHash().hex(),
                s.label(), s.trustedAt(), s.lastUsedAt(), Columns.orNull(s.revokedAt()), device.version());
    }

    private static TrustedDevice device(TrustedDeviceRow r) {
        return TrustedDevice.reconstitute(new TrustedDevice.State(TrustedDeviceId.of(r.id()),
                TenantId.of(r.organizationId()), MemberId.of(r.memberId()), new TokenHash(r.tokenHash()), r.label(),
                r.trustedAt(), r.lastUsedAt(), Optional.ofNullable(r.revokedAt())), r.version());
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "trusted_devices", condition(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return expired.delete(tenant, expiry, "trusted_devices", condition(expiry));
    }

    private static String condition(Expiry expiry) {
        if (expiry.category() != RetentionCategory.TRUSTED_DEVICES) {
            throw new IllegalArgumentException("Trusted devices hold no " + expiry.category());
        }
        return "(revoked_at IS NOT NULL OR last_used_at < :cutoff) AND NOT member_id = ANY (:members)";
    }
}
