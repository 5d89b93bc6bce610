package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Organizations on PostgreSQL: one row per tenant, keyed by the tenant's id. */
@Singleton
public final class PostgresOrganizationRepository implements OrganizationRepository {

    private final OrganizationRows rows;

    PostgresOrganizationRepository(OrganizationRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, Organization organization) {
        rows.insert(OrganizationMapper.row(tenant, organization));
    }

    @Override
    public Optional<Organization> find(TenantId tenant) {
        return rows.find(tenant.value()).map(OrganizationMapper::organization);
    }

    @Override
    public UpdateResult update(TenantId tenant, Organization organization) {
        return Columns.updateIf(rows.findVersionByIdForUpdate(tenant.value()), organization.persistedVersion(),
                () -> rows.update(OrganizationMapper.row(tenant, organization)));
    }
}
