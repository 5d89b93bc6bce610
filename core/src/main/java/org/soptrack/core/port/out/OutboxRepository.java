package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The transactional outbox (R-NOT-4): events and their messages are written in the transaction of the change that
 * raised them, so a change and its notifications commit or roll back together.
 * <p>Retention: {@code DELIVERY_LOG} removes messages settled before the cutoff with their delivery attempts, then
 * events raised before it that no message refers to any more; messages to a held customer stay, with their events.
 * {@code MFA_CODES} gives up pending sign-in-code messages created before the cutoff and blanks their text.
 */
public interface OutboxRepository extends RetainedRecordsPort {

    /** Records one occurrence of an event; false, and nothing written, when its key was recorded before. */
    boolean recordEvent(TenantId tenant, RaisedEvent event);

    /** Which of {@code keys} were recorded before, so that a job skips them without rendering anything. */
    Set<String> recordedKeys(TenantId tenant, Collection<String> keys);

    void enqueue(TenantId tenant, OutboxMessage message);

    /**
     * Up to {@code limit} pending messages due at {@code now}, oldest first, locked for this transaction so that a
     * concurrent claimer skips them rather than waits (PostgreSQL: {@code FOR UPDATE SKIP LOCKED}).
     */
    List<OutboxMessage> claimDue(TenantId tenant, Instant now, int limit);

    Optional<OutboxMessage> find(TenantId tenant, UUID id);

    UpdateResult update(TenantId tenant, OutboxMessage message);

    void addAttempt(TenantId tenant, DeliveryAttempt attempt);

    /**
     * Leases up to {@code limit} messages due at {@code now} (as {@link #claimDue} picks them) until {@code until}: the
     * messages as leased, oldest first, each ready for an {@link #updateAll} that succeeds while nobody else changed
     * it. The default claims, updates and reads back one by one; an adapter may do it in one statement.
     */
    default List<OutboxMessage> leaseDue(TenantId tenant, Instant now, int limit, Instant until) {
        List<OutboxMessage> leased = new ArrayList<>();
        for (OutboxMessage message : claimDue(tenant, now, limit)) {
            message.claim(until);
            if (update(tenant, message) == UpdateResult.UPDATED) {
                find(tenant, message.id()).ifPresent(leased::add);
            }
        }
        return leased;
    }

    /**
     * Writes each message as {@link #update} does (only where it is still as read): the result of each, in order.
     * The default updates one by one; an adapter may send them together.
     */
    default List<UpdateResult> updateAll(TenantId tenant, List<OutboxMessage> messages) {
        return messages.stream().map(message -> update(tenant, message)).toList();
    }

    /** Adds each attempt as {@link #addAttempt} does; an adapter may send them together. */
    default void addAttempts(TenantId tenant, List<DeliveryAttempt> attempts) {
        attempts.forEach(attempt -> addAttempt(tenant, attempt));
    }

    /** The delivery log of one message, first attempt first. */
    List<DeliveryAttempt> attempts(TenantId tenant, UUID messageId);

    /** Messages newest first, filtered as the query says. */
    Page<OutboxMessage> find(TenantId tenant, OutboxQuery query);
}
