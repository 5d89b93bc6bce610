package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Rooftops and their settings on PostgreSQL. */
@Singleton
public final class PostgresRooftopRepository implements RooftopRepository {

    private final RooftopRows rows;

    PostgresRooftopRepository(RooftopRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, Rooftop rooftop) {
        rows.insert(RooftopMapper.row(tenant, rooftop));
    }

    @Override
    public Optional<Rooftop> find(TenantId tenant, RooftopId id) {
        return rows.find(tenant.value(), id.value()).map(RooftopMapper::rooftop);
    }

    @Override
    public List<Rooftop> findAll(TenantId tenant) {
        return rows.findAll(tenant.value()).stream().map(RooftopMapper::rooftop).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Rooftop rooftop) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), rooftop.id().value()),
                rooftop.persistedVersion(), () -> rows.update(RooftopMapper.row(tenant, rooftop)));
    }
}
