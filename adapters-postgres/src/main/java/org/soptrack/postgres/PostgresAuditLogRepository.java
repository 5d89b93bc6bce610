package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
import org.soptrack.core.port.out.RemovedBatch;

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

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return removeExpired(tenant, expiry, Optional.empty()).removed();
    }

    /**
     * Through {@code retention_delete_audit} (V30), since the application itself may not delete audit entries: window
     * after window of time from where the last batch stopped, never again past what earlier batches deleted.
     */
    @Override
    public RemovedBatch removeExpired(TenantId tenant, Expiry expiry, Optional<String> after) {
        actions(expiry);
        Optional<SweepPosition> from = after.map(SweepPosition::parse);
        Map<String, Object> position = new HashMap<>();
        position.put("action", from.map(p -> p.action().name()).orElse(null));
        position.put("at", from.map(SweepPosition::at).orElse(null));
        position.put("width", from.map(SweepPosition::widthMicros).orElse(null));
        return expired.run(tenant, expiry, position, "SELECT removed, next_action, next_at, "
                + "CAST(extract(epoch FROM next_width) * 1000000 AS bigint) FROM retention_delete_audit(:actions, "
                + ":cutoff, :members, :limit, CAST(:action AS text), CAST(:at AS timestamptz), "
                + "CAST(:width AS bigint) * interval '1 microsecond')", s -> {
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        String action = rs.getString("next_action");
                        return new RemovedBatch(rs.getInt("removed"), action == null ? Optional.empty()
                                : Optional.of(new SweepPosition(AuditAction.valueOf(action),
                                        Sql.instant(rs, "next_at"), rs.getLong(4)).text()));
                    }
                });
    }

    /** Where the next batch starts: the action, the start of its first window of time, and that window's width. */
    private record SweepPosition(AuditAction action, Instant at, long widthMicros) {

        static SweepPosition parse(String text) {
            String[] parts = text.split("@", -1);
            try {
                long width = parts.length == 3 ? Long.parseLong(parts[2]) : 0;
                if (width <= 0) {
                    throw new IllegalArgumentException("an action, a time and a positive width");
                }
                return new SweepPosition(AuditAction.valueOf(parts[0]), Instant.parse(parts[1]), width);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("Not a position in the audit log: " + text, e);
            }
        }

        String text() {
            return action.name() + "@" + at + "@" + widthMicros;
        }
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
