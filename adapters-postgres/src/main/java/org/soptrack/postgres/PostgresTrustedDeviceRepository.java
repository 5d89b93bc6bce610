package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.TrustedDeviceRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Trusted devices on PostgreSQL. */
@Singleton
public final class PostgresTrustedDeviceRepository implements TrustedDeviceRepository {

    private final TrustedDeviceRows rows;

    PostgresTrustedDeviceRepository(TrustedDeviceRows rows) {
        this.rows = rows;
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
}
