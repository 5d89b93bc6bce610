package org.soptrack.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TenantDirectoryPort;

/** In-memory {@link TenantDirectoryPort}: every organization stored, those with messages due, an address's, a phone's. */
public final class InMemoryTenantDirectory implements TenantDirectoryPort {

    private final InMemoryOrganizationRepository organizations;
    private final InMemoryOutboxRepository outbox;
    private final InMemoryMemberRepository members;
    private final InMemoryCustomerRepository customers;

    public InMemoryTenantDirectory(InMemoryOrganizationRepository organizations, InMemoryOutboxRepository outbox,
                                   InMemoryMemberRepository members, InMemoryCustomerRepository customers) {
        this.customers = customers;
        this.organizations = organizations;
        this.outbox = outbox;
        this.members = members;
    }

    @Override
    public List<TenantId> tenants() {
        return organizations.tenants();
    }

    @Override
    public List<TenantId> withDueMessages(Instant now, int limit) {
        return outbox.tenantsWithDueMessages(now, limit);
    }

    @Override
    public List<TenantId> organizationsOf(Email email) {
        return members.tenantsWithActive(email).stream().sorted(Comparator.comparing(t -> t.value().toString()))
                .limit(MAX_MEMBERSHIPS).toList();
    }

    @Override
    public List<TenantId> organizationsWithCustomerPhone(PhoneNumber phone) {
        return customers.tenantsWithPhone(phone).stream().sorted(Comparator.comparing(t -> t.value().toString()))
                .limit(100).toList();
    }
}
