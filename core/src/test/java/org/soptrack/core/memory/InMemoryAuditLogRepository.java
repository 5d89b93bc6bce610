package org.soptrack.core.memory;

import java.util.UUID;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.AuditQuery;

/** In-memory {@link AuditLogRepository}. */
public final class InMemoryAuditLogRepository implements AuditLogRepository {

    private final InMemoryTable<UUID, AuditEvent> table;

    public InMemoryAuditLogRepository(InMemoryTransactions tx) {
        table = tx.newTable();
    }

    @Override
    public void append(TenantId tenant, AuditEvent event) {
        if (!event.tenantId().equals(tenant)) {
            throw new IllegalArgumentException("event belongs to another tenant");
        }
        table.insert(tenant, event.id(), event, 0);
    }

    @Override
    public Page<AuditEvent> find(TenantId tenant, AuditQuery q) {
        return KeysetPaging.page(table.rows(tenant).map(InMemoryTable.Row::value)
                        .filter(e -> q.actor().map(e.actor()::equals).orElse(true))
                        .filter(e -> q.actions().isEmpty() || q.actions().contains(e.action()))
                        .filter(e -> q.from().map(f -> !e.at().isBefore(f)).orElse(true))
                        .filter(e -> q.to().map(e.at()::isBefore).orElse(true)),
                AuditEvent::at, AuditEvent::id, q.after(), q.limit());
    }
}
