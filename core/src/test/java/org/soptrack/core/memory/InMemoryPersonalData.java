package org.soptrack.core.memory;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.StatusChange;
import org.soptrack.core.domain.tenancy.Member;

/**
 * Personal data over the other in-memory stores: customers with their orders, contact attempts, messages and
 * notification events; members with their account, audit entries and messages; and the requests about either. Rows are
 * the stored values turned into maps, field by field.
 */
public final class InMemoryPersonalData implements org.soptrack.core.port.out.PersonalDataRepository {

    /** The facts a notification event keeps about a customer by name. */
    private static final Set<String> CUSTOMER_FACTS = Set.of("customer", "customerFirstName", "customerShort");
    private static final String ERASED_ADDRESS = "erased";
    private static final String KEPT_REQUESTS = "the requests and the address that made them are kept as proof that "
            + "the person's rights were answered (GDPR Art. 5(2))";

    private final InMemoryCustomerRepository customers;
    private final InMemorySpecialOrderRepository orders;
    private final InMemoryContactAttemptRepository attempts;
    private final InMemoryOutboxRepository outbox;
    private final InMemoryAuditLogRepository audit;
    private final InMemoryMemberRepository members;
    private final InMemorySubjectRequestRepository requests;
    private final InMemoryNoteRepository notes;
    private final InMemoryTable<java.util.UUID, ErasureRecord> erasures;

    public InMemoryPersonalData(InMemoryTransactions tx, InMemoryCustomerRepository customers,
                                InMemorySpecialOrderRepository orders, InMemoryContactAttemptRepository attempts,
                                InMemoryOutboxRepository outbox, InMemoryAuditLogRepository audit,
                                InMemoryMemberRepository members, InMemorySubjectRequestRepository requests,
                                InMemoryNoteRepository notes) {
        this.notes = notes;
        this.customers = customers;
        this.orders = orders;
        this.attempts = attempts;
        this.outbox = outbox;
        this.audit = audit;
        this.members = members;
        this.requests = requests;
        this.erasures = tx.newTable();
    }

    @Override
    public PersonalDataExport export(TenantId tenant, DataSubject subject, Instant now) {
        Map<String, List<Map<String, Object>>> entities = new LinkedHashMap<>();
        String id = subject.id().toString();
        if (subject.kind() == DataSubject.Kind.CUSTOMER) {
            CustomerId customer = new CustomerId(subject.id());
            put(entities, "customers", customers.store().all(tenant).map(Customer::state)
                    .filter(s -> s.id().equals(customer)));
            put(entities, "special_orders", orders.store().all(tenant).map(SpecialOrder::state)
                    .filter(s -> s.details().customerId().equals(customer)));
            put(entities, "contact_attempts", attempts.table().rows(tenant).map(InMemoryTable.Row::value)
                    .filter(a -> a.customerId().equals(customer)));
            put(entities, "notes", notes.table().rows(tenant).map(InMemoryTable.Row::value)
                    .filter(aboutCustomer(tenant, customer)));
            put(entities, "outbox_messages", messages(tenant, s -> s.customerId().equals(Optional.of(customer))));
            put(entities, "notification_events", events(tenant, e -> id.equals(e.facts().get("customerId"))));
        } else {
            Optional<Member.State> member = members.store().all(tenant).map(Member::state)
                    .filter(s -> s.id().value().equals(subject.id())).findFirst();
            put(entities, "members", member.stream());
            String email = member.map(m -> m.email().value()).orElse("");
            put(entities, "outbox_messages", messages(tenant, s -> s.destination().address().equals(email)));
            put(entities, "notification_events", events(tenant, e -> email.equals(e.facts().get("invitee"))));
        }
        put(entities, "audit_events", audit.table().rows(tenant).map(InMemoryTable.Row::value)
                .filter(e -> names(e, subject)));
        put(entities, "subject_requests", requests.store().all(tenant).map(r -> r.state())
                .filter(s -> s.subject().equals(subject)));
        return new PersonalDataExport(subject.toString(), now, entities);
    }

    @Override
    public PersonalDataExport exportOrganization(TenantId tenant, Instant now) {
        Map<String, List<Map<String, Object>>> entities = new LinkedHashMap<>();
        put(entities, "members", members.store().all(tenant).map(Member::state));
        put(entities, "customers", customers.store().all(tenant).map(Customer::state));
        put(entities, "special_orders", orders.store().all(tenant).map(SpecialOrder::state));
        put(entities, "contact_attempts", attempts.table().rows(tenant).map(InMemoryTable.Row::value));
        put(entities, "notes", notes.table().rows(tenant).map(InMemoryTable.Row::value));
        put(entities, "outbox_messages", messages(tenant, s -> true));
        put(entities, "notification_events", events(tenant, e -> true));
        put(entities, "audit_events", audit.table().rows(tenant).map(InMemoryTable.Row::value));
        put(entities, "subject_requests", requests.store().all(tenant).map(r -> r.state()));
        return new PersonalDataExport("organization:" + tenant.value(), now, entities);
    }

    @Override
    public ErasureResult erase(TenantId tenant, DataSubject subject, Instant now) {
        Map<String, Long> erased = new LinkedHashMap<>();
        List<ErasureResult.Kept> kept = new ArrayList<>();
        if (subject.kind() == DataSubject.Kind.CUSTOMER) {
            CustomerId customer = new CustomerId(subject.id());
            erased.put("customers", (long) customers.store().replaceAll(tenant, s -> {
                if (!s.id().equals(customer)) {
                    return s;
                }
                Customer c = Customer.reconstitute(s, 0);
                c.erase(now);
                return c.state();
            }));
            erased.put("special_orders", (long) orders.store().replaceAll(tenant,
                    s -> s.details().customerId().equals(customer) ? withoutPersonalData(s) : s));
            erased.put("contact_attempts", (long) attempts.table().replaceAll(tenant,
                    a -> a.customerId().equals(customer) ? withoutNote(a) : a));
            java.util.function.Predicate<Note> about = aboutCustomer(tenant, customer);
            erased.put("notes", (long) notes.table().replaceAll(tenant, n -> about.test(n)
                    && !n.text().equals(Note.ERASED) ? new Note(n.id(), n.tenantId(), n.about(), Note.ERASED,
                    n.author(), n.at()) : n));
            erased.put("outbox_messages", (long) outbox.messages().replaceAll(tenant,
                    s -> s.customerId().equals(Optional.of(customer)) ? erased(s) : s));
            String id = customer.value().toString();
            erased.put("notification_events", (long) outbox.events().replaceAll(tenant,
                    e -> id.equals(e.facts().get("customerId")) ? without(e, CUSTOMER_FACTS) : e));
        } else {
            String email = members.store().all(tenant).map(Member::state)
                    .filter(s -> s.id().equals(MemberId.of(subject.id()))).map(s -> s.email().value())
                    .findFirst().orElse("");
            erased.put("outbox_messages", (long) outbox.messages().replaceAll(tenant,
                    s -> s.destination().address().equals(email) ? erased(s) : s));
            erased.put("notification_events", (long) outbox.events().replaceAll(tenant,
                    e -> email.equals(e.facts().get("invitee")) ? without(e, Set.of("invitee")) : e));
        }
        long audited = audit.table().countWhere(tenant, e -> names(e, subject));
        if (audited > 0) {
            kept.add(new ErasureResult.Kept("audit_events", audited,
                    "the audit log is append-only and kept as the security record (R-AUD-1); "
                            + "it names the person by id, and the client addresses of sign-ins go with the security "
                            + "log's period"));
        }
        long asked = requests.store().countWhere(tenant, r -> r.subject().equals(subject));
        if (asked > 0) {
            kept.add(new ErasureResult.Kept("subject_requests", asked, KEPT_REQUESTS));
        }
        return new ErasureResult(erased, kept);
    }

    @Override
    public void recordErasure(TenantId tenant, ErasureRecord record) {
        erasures.insert(tenant, record.id(), record, 0);
    }

    @Override
    public List<ErasureRecord> erasures(TenantId tenant) {
        return erasures.rows(tenant).map(InMemoryTable.Row::value)
                .sorted(java.util.Comparator.comparing(ErasureRecord::erasedAt)).toList();
    }

    /** An audit entry about the subject (its target, or the subject of a request), or by them. */
    private static boolean names(AuditEvent event, DataSubject subject) {
        String name = subject.toString();
        return event.target().equals(name) || name.equals(event.details().get("subject"))
                || event.actor().id().equals(subject.id());
    }

    private Stream<OutboxMessage.State> messages(TenantId tenant, Predicate<OutboxMessage.State> filter) {
        return outbox.messages().all(tenant).map(OutboxMessage::state).filter(filter);
    }

    private Stream<RaisedEvent> events(TenantId tenant, Predicate<RaisedEvent> filter) {
        return outbox.events().rows(tenant).map(InMemoryTable.Row::value).filter(filter);
    }

    private static SpecialOrder.State withoutPersonalData(SpecialOrder.State s) {
        List<StatusChange> history = s.history().stream().map(c -> new StatusChange(c.from(), c.to(), c.by(), c.at(),
                c.reason().map(r -> "(erased)"))).toList();
        return new SpecialOrder.State(s.id(), s.tenantId(), s.rooftopId(), s.sopNumber(),
                s.details().withoutPersonalData(), s.status(), s.receivedAt(), s.keep(), history, s.createdBy(),
                s.createdAt(), s.updatedAt());
    }

    private static ContactAttempt withoutNote(ContactAttempt a) {
        return new ContactAttempt(a.id(), a.tenantId(), a.rooftopId(), a.roNumber(), a.customerId(), a.at(), a.by(),
                a.channel(), a.outcome(), "");
    }

    /** Notes on the customer, or on one of the customer's special orders. */
    private java.util.function.Predicate<Note> aboutCustomer(TenantId tenant, CustomerId customer) {
        Set<org.soptrack.core.domain.sop.SpecialOrderId> theirs = orders.store().all(tenant)
                .filter(o -> o.details().customerId().equals(customer)).map(SpecialOrder::id)
                .collect(java.util.stream.Collectors.toSet());
        return n -> n.about().customer().equals(Optional.of(customer))
                || n.about().order().filter(theirs::contains).isPresent();
    }

    private static OutboxMessage.State erased(OutboxMessage.State s) {
        if (s.destination().address().equals(ERASED_ADDRESS) && s.content().equals(MessageContent.ERASED)) {
            return s;
        }
        boolean pending = s.status() == OutboxMessage.Status.PENDING;
        return new OutboxMessage.State(s.id(), s.tenantId(), s.eventId(), s.event(), s.rooftopId(), s.customerId(),
                new Destination(s.destination().kind(), ERASED_ADDRESS, Map.of()), MessageContent.ERASED,
                s.sensitive(), pending ? OutboxMessage.Status.DEAD : s.status(), s.attempts(), s.createdAt(),
                s.nextAttemptAt(), pending ? Optional.of(s.nextAttemptAt()) : s.settledAt(),
                pending ? Optional.of("erased before delivery") : s.lastError());
    }

    private static RaisedEvent without(RaisedEvent e, Set<String> keys) {
        if (keys.stream().noneMatch(e.facts()::containsKey)) {
            return e;
        }
        Map<String, String> facts = new HashMap<>(e.facts());
        facts.keySet().removeAll(keys);
        return new RaisedEvent(e.id(), e.tenantId(), e.event(), e.key(), e.rooftopId(), e.at(), facts);
    }

    private static void put(Map<String, List<Map<String, Object>>> entities, String name, Stream<?> values) {
        entities.put(name, values.map(v -> (Map<String, Object>) fields(v)).toList());
    }

    /** A record as a map of its components, nested records and optionals unwrapped, other values as text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Object value) {
        Object plain = plain(value);
        return plain instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of("value", plain);
    }

    private static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return plain(optional.orElse(null));
        }
        if (value instanceof Record record) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    out.put(component.getName(), plain(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(InMemoryPersonalData::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value;
        }
        return value.toString();
    }
}
