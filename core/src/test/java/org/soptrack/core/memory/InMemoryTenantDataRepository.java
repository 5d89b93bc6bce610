package org.soptrack.core.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.TenantDataRepository;

/**
 * The purge over the other in-memory stores, kind by kind in the order the database's references need: contact
 * attempts, notes, special orders, the delivery log, notification settings, customers, and then the organization's setup:
 * invitations, its own retention periods, and the rooftops no remaining order or call refers to (with their SOP
 * counters).
 */
public final class InMemoryTenantDataRepository implements TenantDataRepository {

    /** One kind of business record: how to count and delete those a purge covers, sparing held customers'. */
    private interface Kind {
        long count(TenantId tenant, Set<UUID> held);

        int delete(TenantId tenant, Set<UUID> held, int limit);
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    public InMemoryTenantDataRepository(InMemoryContactAttemptRepository attempts,
                                        InMemorySpecialOrderRepository orders, InMemoryOutboxRepository outbox,
                                        InMemoryNotificationSettingsRepository settings,
                                        InMemoryCustomerRepository customers,
                                        InMemorySubjectRequestRepository requests,
                                        InMemoryInvitationRepository invitations, InMemoryRooftopRepository rooftops,
                                        InMemoryRetentionOverrides overrides, InMemorySopNumbers counters,
                                        InMemoryNoteRepository notes) {
        kinds.put("contactAttempts", table(attempts.table(), (held, a) -> !held(held, a.customerId())));
        kinds.put("notes", new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return notes.table().countWhere(tenant, noteGoes(orders, tenant, held));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return notes.table().deleteWhere(tenant, noteGoes(orders, tenant, held), limit);
            }
        });
        kinds.put("specialOrders", store(orders.store(), held -> s -> !held(held, s.details().customerId())));
        kinds.put("deliveryAttempts", new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                Set<UUID> gone = messagesGoing(outbox, tenant, held);
                return outbox.attempts().countWhere(tenant, a -> gone.contains(a.messageId()));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                Set<UUID> gone = messagesGoing(outbox, tenant, held);
                return outbox.attempts().deleteWhere(tenant, a -> gone.contains(a.messageId()), limit);
            }
        });
        kinds.put("notificationMessages", store(outbox.messages(), held -> s -> messageGoes(s, held)));
        kinds.put("notificationEvents", new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return outbox.events().countWhere(tenant, eventGoes(outbox, tenant, held));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return outbox.events().deleteWhere(tenant, eventGoes(outbox, tenant, held), limit);
            }
        });
        kinds.put("notificationSettings", table(settings.table(), (held, s) -> true));
        kinds.put("subjectRequests", store(requests.store(), held -> s -> s.subject().kind() == DataSubject.Kind.MEMBER
                || !held.contains(s.subject().id())));
        kinds.put("customers", store(customers.store(), held -> s -> !held.contains(s.id().value())));
        kinds.put("invitations", store(invitations.store(), held -> s -> true));
        kinds.put("retentionOverrides", new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return overrides.count(tenant);
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return overrides.forget(tenant, limit);
            }
        });
        kinds.put("sopCounters", new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return counters.count(tenant, unused(orders, attempts, tenant, held));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return counters.forget(tenant, unused(orders, attempts, tenant, held), limit);
            }
        });
        kinds.put("rooftops", new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return rooftops.store().countWhere(tenant, s -> unused(orders, attempts, tenant, held).test(s.id()));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return rooftops.store().deleteWhere(tenant, s -> unused(orders, attempts, tenant, held).test(s.id()),
                        limit);
            }
        });
    }

    /** A note goes unless it is on a held customer or on a special order of one. */
    private static Predicate<Note> noteGoes(InMemorySpecialOrderRepository orders, TenantId tenant, Set<UUID> held) {
        Set<SpecialOrderId> kept = orders.store().all(tenant).filter(o -> held(held, o.details().customerId()))
                .map(SpecialOrder::id).collect(Collectors.toSet());
        return n -> n.about().order().map(o -> !kept.contains(o))
                .orElseGet(() -> !held(held, n.about().customer().orElseThrow()));
    }

    /** Rooftops the purge frees: no order or contact attempt of a held customer refers to them. */
    private static Predicate<RooftopId> unused(InMemorySpecialOrderRepository orders,
                                               InMemoryContactAttemptRepository attempts, TenantId tenant,
                                               Set<UUID> held) {
        Set<RooftopId> used = orders.store().all(tenant).filter(o -> held(held, o.details().customerId()))
                .map(o -> o.rooftopId()).collect(Collectors.toSet());
        attempts.table().rows(tenant).filter(row -> held(held, row.value().customerId()))
                .forEach(row -> used.add(row.value().rooftopId()));
        return rooftop -> !used.contains(rooftop);
    }

    @Override
    public Map<String, Long> census(TenantId tenant, Expiry expiry) {
        check(expiry);
        Map<String, Long> out = new LinkedHashMap<>();
        kinds.forEach((name, kind) -> out.put(name, kind.count(tenant, expiry.heldCustomers())));
        return out;
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        check(expiry);
        int removed = 0;
        for (Kind kind : kinds.values()) {
            if (removed < expiry.batchSize()) {
                removed += kind.delete(tenant, expiry.heldCustomers(), expiry.batchSize() - removed);
            }
        }
        return removed;
    }

    private static void check(Expiry expiry) {
        if (expiry.category() != RetentionCategory.TENANT_DATA) {
            throw new IllegalArgumentException("Business data is not " + expiry.category());
        }
    }

    private static boolean held(Set<UUID> held, CustomerId customer) {
        return held.contains(customer.value());
    }

    private static boolean messageGoes(OutboxMessage.State s, Set<UUID> held) {
        return s.customerId().filter(c -> held.contains(c.value())).isEmpty();
    }

    private static Set<UUID> messagesGoing(InMemoryOutboxRepository outbox, TenantId tenant, Set<UUID> held) {
        return outbox.messages().all(tenant).map(OutboxMessage::state).filter(s -> messageGoes(s, held))
                .map(OutboxMessage.State::id).collect(Collectors.toSet());
    }

    private static Predicate<RaisedEvent> eventGoes(InMemoryOutboxRepository outbox, TenantId tenant,
                                                    Set<UUID> held) {
        Set<UUID> kept = outbox.messages().all(tenant).map(OutboxMessage::state).filter(s -> !messageGoes(s, held))
                .map(OutboxMessage.State::eventId).collect(Collectors.toSet());
        return e -> !kept.contains(e.id());
    }

    private static <V> Kind table(InMemoryTable<?, V> table, BiPredicate<Set<UUID>, V> goes) {
        return new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return table.countWhere(tenant, v -> goes.test(held, v));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return table.deleteWhere(tenant, v -> goes.test(held, v), limit);
            }
        };
    }

    private static <S> Kind store(AggregateStore<?, ?, S> store, Function<Set<UUID>, Predicate<S>> goes) {
        return new Kind() {
            @Override
            public long count(TenantId tenant, Set<UUID> held) {
                return store.countWhere(tenant, goes.apply(held));
            }

            @Override
            public int delete(TenantId tenant, Set<UUID> held, int limit) {
                return store.deleteWhere(tenant, goes.apply(held), limit);
            }
        };
    }
}
