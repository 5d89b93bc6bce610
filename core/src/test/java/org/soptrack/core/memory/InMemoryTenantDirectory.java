package org.soptrack.core.memory;

import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TenantDirectoryPort;

/** In-memory {@link TenantDirectoryPort}: every organization stored, and those with messages due. */
public final class InMemoryTenantDirectory implements TenantDirectoryPort {

    private final InMemoryOrganizationRepository organizations;
    private final InMemoryOutboxRepository outbox;

    public InMemoryTenantDirectory(InMemoryOrganizationRepository organizations, InMemoryOutboxRepository outbox) {
        this.organizations = organizations;
        this.outbox = outbox;
    }

    @Override
    public List<TenantId> tenants() {
        return organizations.tenants();
    }

    @Override
    public List<TenantId> withDueMessages(Instant now, int limit) {
        return outbox.tenantsWithDueMessages(now, limit);
    }
}
