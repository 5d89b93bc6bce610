package org.soptrack.core.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.port.out.OutboxRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * In-memory {@link OutboxRepository}. Its transactions run one at a time, so a claim needs no lock to be exclusive;
 * the lease written by the claim keeps the next claimer off, as it does on PostgreSQL.
 */
public final class InMemoryOutboxRepository implements OutboxRepository {

    private final InMemoryTable<String, RaisedEvent> events;
    private final AggregateStore<UUID, OutboxMessage, OutboxMessage.State> messages;
    private final InMemoryTable<String, DeliveryAttempt> attempts;

    public InMemoryOutboxRepository(InMemoryTransactions tx) {
        events = tx.newTable();
        messages = new AggregateStore<>(tx, OutboxMessage::id, OutboxMessage::reconstitute);
        attempts = tx.newTable();
    }

    private static String eventKey(TenantId tenant, String key) {
        return tenant.value() + "/" + key;
    }

    @Override
    public boolean recordEvent(TenantId tenant, RaisedEvent event) {
        if (events.get(tenant, eventKey(tenant, event.key())).isPresent()) {
            return false;
        }
        events.insert(tenant, eventKey(tenant, event.key()), event, 0);
        return true;
    }

    @Override
    public Set<String> recordedKeys(TenantId tenant, Collection<String> keys) {
        return keys.stream().filter(k -> events.get(tenant, eventKey(tenant, k)).isPresent())
                .collect(Collectors.toSet());
    }

    @Override
    public void enqueue(TenantId tenant, OutboxMessage message) {
        messages.add(tenant, message);
    }

    @Override
    public List<OutboxMessage> claimDue(TenantId tenant, Instant now, int limit) {
        return messages.all(tenant)
                .filter(m -> m.status() == OutboxMessage.Status.PENDING && !m.state().nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing((OutboxMessage m) -> m.state().nextAttemptAt())
                        .thenComparing(m -> m.state().createdAt())
                        .thenComparing(OutboxMessage::id, UnsignedUuidOrder.ORDER))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<OutboxMessage> find(TenantId tenant, UUID id) {
        return messages.find(tenant, id);
    }

    @Override
    public UpdateResult update(TenantId tenant, OutboxMessage message) {
        return messages.update(tenant, message);
    }

    @Override
    public void addAttempt(TenantId tenant, DeliveryAttempt attempt) {
        attempts.insert(tenant, attempt.messageId() + "/" + attempt.at() + "/" + attempt.number(), attempt, 0);
    }

    @Override
    public List<DeliveryAttempt> attempts(TenantId tenant, UUID messageId) {
        return attempts.rows(tenant).map(InMemoryTable.Row::value).filter(a -> a.messageId().equals(messageId))
                .sorted(Comparator.comparing(DeliveryAttempt::at).thenComparing(DeliveryAttempt::number))
                .toList();
    }

    @Override
    public Page<OutboxMessage> find(TenantId tenant, OutboxQuery q) {
        return KeysetPaging.page(messages.all(tenant)
                        .filter(m -> q.status().map(s -> m.status() == s).orElse(true))
                        .filter(m -> q.rooftop().map(r -> m.state().rooftopId().equals(Optional.of(r))).orElse(true)),
                m -> m.state().createdAt(), OutboxMessage::id, q.after(), q.limit());
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        if (expiry.category() == RetentionCategory.MFA_CODES) {
            return messages.all(tenant).filter(m -> codeToExpire(m, expiry)).count();
        }
        Predicate<OutboxMessage.State> goes = settled(expiry);
        return messages.countWhere(tenant, goes) + events.countWhere(tenant, orphan(tenant, expiry, goes.negate()));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        if (expiry.category() == RetentionCategory.MFA_CODES) {
            List<OutboxMessage> codes = messages.all(tenant).filter(m -> codeToExpire(m, expiry))
                    .limit(expiry.batchSize()).toList();
            codes.forEach(m -> {
                m.expire(expiry.cutoff());
                messages.update(tenant, m);
            });
            return codes.size();
        }
        Set<UUID> gone = messages.all(tenant).filter(m -> settled(expiry).test(m.state())).limit(expiry.batchSize())
                .map(OutboxMessage::id).collect(Collectors.toSet());
        attempts.deleteWhere(tenant, a -> gone.contains(a.messageId()), Integer.MAX_VALUE);
        int removed = messages.deleteWhere(tenant, s -> gone.contains(s.id()), gone.size());
        return removed + events.deleteWhere(tenant, orphan(tenant, expiry, m -> true), expiry.batchSize() - removed);
    }

    private static boolean codeToExpire(OutboxMessage m, Expiry expiry) {
        return m.event() == NotificationEvent.ONE_TIME_CODE && m.state().createdAt().isBefore(expiry.cutoff())
                && (m.status() == OutboxMessage.Status.PENDING || !m.content().equals(MessageContent.REDACTED));
    }

    private static Predicate<OutboxMessage.State> settled(Expiry expiry) {
        if (expiry.category() != RetentionCategory.DELIVERY_LOG) {
            throw new IllegalArgumentException("The outbox holds no " + expiry.category());
        }
        return s -> s.settledAt().filter(at -> at.isBefore(expiry.cutoff())).isPresent()
                && s.customerId().filter(c -> expiry.heldCustomers().contains(c.value())).isEmpty();
    }

    /** Events raised before the cutoff that no message {@code staying} refers to. */
    private Predicate<RaisedEvent> orphan(TenantId tenant, Expiry expiry, Predicate<OutboxMessage.State> staying) {
        Set<UUID> referenced = messages.all(tenant).map(OutboxMessage::state).filter(staying)
                .map(OutboxMessage.State::eventId).collect(Collectors.toSet());
        return e -> e.at().isBefore(expiry.cutoff()) && !referenced.contains(e.id());
    }

    /** Tenants with a pending message due at {@code now}, read outside any transaction (ids only). */
    public List<TenantId> tenantsWithDueMessages(Instant now, int limit) {
        return messages.tenantsWhere(s -> s.status() == OutboxMessage.Status.PENDING
                && !s.nextAttemptAt().isAfter(now)).stream().limit(limit).toList();
    }

    InMemoryTable<String, RaisedEvent> events() {
        return events;
    }

    AggregateStore<UUID, OutboxMessage, OutboxMessage.State> messages() {
        return messages;
    }

    InMemoryTable<String, DeliveryAttempt> attempts() {
        return attempts;
    }
}
