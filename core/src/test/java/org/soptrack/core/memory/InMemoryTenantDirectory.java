package org.soptrack.core.memory;

import java.util.List;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TenantDirectoryPort;

/** In-memory {@link TenantDirectoryPort}: every organization stored. */
public final class InMemoryTenantDirectory implements TenantDirectoryPort {

    private final InMemoryOrganizationRepository organizations;

    public InMemoryTenantDirectory(InMemoryOrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public List<TenantId> tenants() {
        return organizations.tenants();
    }
}
