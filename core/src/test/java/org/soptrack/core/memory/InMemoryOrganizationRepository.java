package org.soptrack.core.memory;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.port.out.OrganizationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link OrganizationRepository}. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {

    private final AggregateStore<TenantId, Organization, Organization.State> store;

    public InMemoryOrganizationRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Organization::id, Organization::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Organization organization) {
        store.add(tenant, organization);
    }

    @Override
    public Optional<Organization> find(TenantId tenant) {
        return store.find(tenant, tenant);
    }

    /** Every organization's id, as the tenant directory reads them. */
    public List<TenantId> tenants() {
        return List.copyOf(store.tenants());
    }

    @Override
    public UpdateResult update(TenantId tenant, Organization organization) {
        return store.update(tenant, organization);
    }
}
