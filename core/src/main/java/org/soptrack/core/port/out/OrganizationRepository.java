package org.soptrack.core.port.out;

import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;

/** Stores organizations; each tenant sees only its own row. */
public interface OrganizationRepository {

    void add(TenantId tenant, Organization organization);

    Optional<Organization> find(TenantId tenant);

    UpdateResult update(TenantId tenant, Organization organization);
}
