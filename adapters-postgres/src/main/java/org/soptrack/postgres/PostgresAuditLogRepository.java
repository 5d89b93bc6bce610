package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.Expiry;

/** The audit log on PostgreSQL: the app role is granted INSERT and SELECT on it only, so entries cannot change. */
@Singleton
public final class PostgresAuditLogRepository implements AuditLogRepository {

    private final AuditEventRows rows;
    private final ExpiredRows expired;

    PostgresAuditLogRepository(AuditEventRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public void append(TenantId tenant, AuditEvent event) {
        if (!event.tenantId().equals(tenant)) {
            throw new IllegalArgumentException("The event belongs to another tenant");
        }
        Map<String, String> details = new TreeMap<>(event.details());
        rows.insert(new AuditEventRow(tenant.value(), event.id(), event.at(), event.actor().kind().name(),
                event.actor().id(), event.action().name(), event.target(), details.keySet().toArray(String[]::new),
                details.values().toArray(String[]::new)));
    }

    @Override
    public Page<AuditEvent> find(TenantId tenant, AuditQuery q) {
        String[] actions = q.actions().stream().map(AuditAction::name).sorted().toArray(String[]::new);
        return Keyset.page(rows.find(tenant.value(), q.actor().map(a -> a.kind().name()).orElse(null),
                        q.actor().map(ActorRef::id).orElse(null), actions, q.from().orElse(null), q.to().orElse(null),
                        q.after().map(PageCursor::at).orElse(null), q.after().map(PageCursor::id).orElse(null),
                        q.limit() + 1),
                q.limit(), r -> new PageCursor(r.at(), r.id()),
                page -> page.stream().map(PostgresAuditLogRepository::event).toList());
    }

    private static AuditEvent event(AuditEventRow r) {
        Map<String, String> details = new TreeMap<>();
        for (int i = 0; i < r.detailKeys().length; i++) {
            details.put(r.detailKeys()[i], r.detailValues()[i]);
        }
        return new AuditEvent(r.id(), TenantId.of(r.organizationId()), r.at(), Columns.actor(r.actorKind(), r.actorId()),
                AuditAction.valueOf(r.action()), r.target(), details);
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "audit_events", actions(expiry) + CONDITION);
    }

    /** Through {@code retention_delete_audit}: the application itself may not delete audit entries. */
    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        actions(expiry);
        return (int) expired.query(tenant, expiry, "SELECT retention_delete_audit(:actions, :cutoff, :members, :limit)");
    }

    private static final String CONDITION = " AND at < :cutoff"
            + " AND NOT (actor_kind = 'MEMBER' AND actor_id = ANY (:members))";

    private static String actions(Expiry expiry) {
        if (expiry.category().auditActions().isEmpty()) {
            throw new IllegalArgumentException("The audit log holds no " + expiry.category());
        }
        return "action = ANY (:actions)";
    }
}
