package org.soptrack.core.memory;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.RemovedBatch;

/** In-memory {@link AuditLogRepository}. */
public final class InMemoryAuditLogRepository implements AuditLogRepository {

    private final InMemoryTable<UUID, AuditEvent> table;
    private final List<SweepCall> sweepCalls = new CopyOnWriteArrayList<>();

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
        return removeFrom(tenant, expiry, Optional.empty()).removed();
    }

    /** One call of a sweep's batch: what it was given and what it returned. */
    public record SweepCall(TenantId tenant, RetentionCategory category, Optional<String> after, RemovedBatch batch) {
    }

    /** Every batch so far, in order. */
    public List<SweepCall> sweepCalls() {
        return List.copyOf(sweepCalls);
    }

    /** Batches in the order of action names and times, each from where the last one ended. */
    @Override
    public RemovedBatch removeExpired(TenantId tenant, Expiry expiry, Optional<String> after) {
        RemovedBatch batch = removeFrom(tenant, expiry, after);
        sweepCalls.add(new SweepCall(tenant, expiry.category(), after, batch));
        return batch;
    }

    private RemovedBatch removeFrom(TenantId tenant, Expiry expiry, Optional<String> after) {
        Optional<SweepPosition> from = after.map(SweepPosition::parse);
        List<AuditEvent> batch = table.rows(tenant).map(InMemoryTable.Row::value).filter(expired(expiry))
                .filter(e -> from.map(f -> SWEEP_ORDER.compare(position(e), f) >= 0).orElse(true))
                .sorted(Comparator.comparing(InMemoryAuditLogRepository::position, SWEEP_ORDER))
                .limit(expiry.batchSize()).toList();
        Set<UUID> ids = batch.stream().map(AuditEvent::id).collect(Collectors.toSet());
        table.deleteKeysWhere(tenant, ids::contains, ids.size());
        return new RemovedBatch(batch.size(), batch.isEmpty() ? Optional.empty()
                : Optional.of(position(batch.get(batch.size() - 1)).text()));
    }

    /** Where a batch ended: the greatest action and time it removed; the next one starts there, that key included. */
    private record SweepPosition(AuditAction action, Instant at) {

        static SweepPosition parse(String text) {
            int at = text.indexOf('@');
            try {
                return new SweepPosition(AuditAction.valueOf(text.substring(0, Math.max(at, 0))),
                        Instant.parse(text.substring(at + 1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a position in the audit log: " + text, e);
            }
        }

        String text() {
            return action.name() + "@" + at;
        }
    }

    private static final Comparator<SweepPosition> SWEEP_ORDER = Comparator
            .comparing((SweepPosition p) -> p.action().name()).thenComparing(SweepPosition::at);

    private static SweepPosition position(AuditEvent e) {
        return new SweepPosition(e.action(), e.at());
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
