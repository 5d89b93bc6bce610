package org.soptrack.core.memory;

import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.Expiry;

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

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return table.countWhere(tenant, expired(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return table.deleteWhere(tenant, expired(expiry), expiry.batchSize());
    }

    private static Predicate<AuditEvent> expired(Expiry expiry) {
        Set<AuditAction> actions = expiry.category().auditActions();
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("The audit log holds no " + expiry.category());
        }
        return e -> actions.contains(e.action()) && e.at().isBefore(expiry.cutoff())
                && !(e.actor().kind() == ActorRef.Kind.MEMBER && expiry.heldMembers().contains(e.actor().id()));
    }

    InMemoryTable<UUID, AuditEvent> table() {
        return table;
    }
}
