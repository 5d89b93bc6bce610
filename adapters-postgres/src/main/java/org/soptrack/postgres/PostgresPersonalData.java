package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.port.out.PersonalDataRepository;

/**
 * Personal data on PostgreSQL. {@link #ENTITIES} lists every tenant table with the rows it holds about a customer and
 * about a member (SQL conditions over {@code :id}, the subject's uuid; {@code :text}, the same as text; {@code :name},
 * {@code customer:<id>} or {@code member:<id>} as audit entries name subjects; and {@code :email}, the subject's
 * address), and the columns an export leaves out because they are secrets. A test fails if a tenant table is missing
 * from the list.
 */
@Singleton
public final class PostgresPersonalData implements PersonalDataRepository {

    /**
     * One tenant table: how to find a customer's rows and a member's rows (null: it holds none), its secrets, and,
     * where a member's rows are business records about customers, the only columns a member's export shows (empty:
     * all), so that one person's export does not disclose another's data.
     */
    record Entity(String table, String customer, String member, Set<String> secrets, Set<String> memberColumns) {
        Entity(String table, String customer, String member, Set<String> secrets) {
            this(table, customer, member, secrets, Set.of());
        }

        boolean shows(String column, DataSubject subject) {
            return !secrets.contains(column) && (subject.kind() == DataSubject.Kind.CUSTOMER
                    || memberColumns.isEmpty() || memberColumns.contains(column));
        }
    }

    private static final String AUDIT = "target = :name OR details ->> 'subject' = :name OR actor_id = :id";
    private static final String HOLDS = "subject_id = :id OR placed_by_id = :id OR released_by_id = :id";
    private static final String NOTES = "customer_id = :id OR special_order_id IN (SELECT id FROM special_orders "
            + "WHERE organization_id = :tenant AND customer_id = :id)";
    private static final String CUSTOMER_MESSAGES = "SELECT id FROM outbox_messages WHERE organization_id = :tenant "
            + "AND customer_id = :id";
    private static final String MEMBER_MESSAGES = "SELECT id FROM outbox_messages WHERE organization_id = :tenant "
            + "AND address = :email";

    /** Every tenant table, in the order an organization export lists them. */
    static final List<Entity> ENTITIES = List.of(
            new Entity("organizations", null, null, Set.of()),
            new Entity("rooftops", null, null, Set.of()),
            new Entity("members", null, "id = :id", Set.of()),
            new Entity("credentials", null, "member_id = :id", Set.of("password_hash", "totp_key",
                    "pending_totp_key")),
            new Entity("sessions", null, "member_id = :id", Set.of("refresh_hash", "challenge_secret_hash",
                    "challenge_code_hash")),
            new Entity("trusted_devices", null, "member_id = :id", Set.of("token_hash")),
            new Entity("account_tokens", null, "member_id = :id", Set.of("token_hash")),
            new Entity("invitations", null, "email = :email OR invited_by_id = :id", Set.of("token_hash")),
            new Entity("operator_access_grants", null, "closed_by_id = :id", Set.of()),
            new Entity("customers", "id = :id", "registered_by_id = :id", Set.of(),
                    Set.of("id", "created_at", "registered_by_kind", "registered_by_id")),
            new Entity("special_orders", "customer_id = :id", "kept_by_id = :id", Set.of(),
                    Set.of("id", "sop_number", "kept_by_kind", "kept_by_id", "kept_at", "keep_reason")),
            new Entity("special_order_transitions", "special_order_id IN (SELECT id FROM special_orders "
                    + "WHERE organization_id = :tenant AND customer_id = :id)", "actor_id = :id", Set.of(),
                    Set.of("special_order_id", "seq", "from_status", "to_status", "actor_kind", "actor_id", "at")),
            new Entity("sop_counters", null, null, Set.of()),
            new Entity("special_order_counts", null, null, Set.of()),
            new Entity("notes", NOTES, "author_id = :id", Set.of(),
                    Set.of("id", "special_order_id", "customer_id", "author_kind", "author_id", "at")),
            new Entity("contact_attempts", "customer_id = :id", "actor_id = :id", Set.of(),
                    Set.of("id", "ro_number", "at", "actor_kind", "actor_id", "channel", "outcome")),
            new Entity("notification_settings", null, ":email = ANY (emails)", Set.of("webhook_secret", "accounts",
                    "groupme_bot_id")),
            new Entity("notification_events", "facts ->> 'customerId' = :text", "facts ->> 'invitee' = :email",
                    Set.of()),
            new Entity("outbox_messages", "customer_id = :id", "address = :email", Set.of("credentials"),
                    Set.of("id", "event", "channel", "address", "status", "attempts", "created_at", "settled_at")),
            new Entity("delivery_attempts", "message_id IN (" + CUSTOMER_MESSAGES + ")",
                    "message_id IN (" + MEMBER_MESSAGES + ")", Set.of()),
            new Entity("audit_events", AUDIT, AUDIT, Set.of()),
            new Entity("legal_holds", HOLDS, HOLDS, Set.of()),
            new Entity("retention_overrides", null, null, Set.of()),
            new Entity("billing_events", null, "billing_email = :email", Set.of()),
            new Entity("subject_requests", "subject_id = :id", "subject_id = :id", Set.of()),
            new Entity("erasure_log", "subject_id = :id", "subject_id = :id", Set.of()));

    private static final String ERASED_ADDRESS = "erased";
    private static final String KEPT_AUDIT = "the audit log is append-only and kept as the security record (R-AUD-1); "
            + "it names the person by id, and the client addresses of sign-ins go with the security log's period";
    private static final String KEPT_REQUESTS = "the requests and the address that made them are kept as proof that "
            + "the person's rights were answered (GDPR Art. 5(2))";
    private static final String KEPT_BILLING = "billing records are kept for 7 years by law; they are restricted and "
            + "used for nothing else";

    /** Messages to or about the person lose address, text and credentials; one still waiting is given up. */
    private static final String ERASE_MESSAGES = "UPDATE outbox_messages SET address = '" + ERASED_ADDRESS + "', "
            + "subject = :erasedsubject, body = :erasedbody, credentials = '{}', unsubscribe_url = NULL, "
            + "last_error = CASE WHEN status = 'PENDING' THEN 'erased before delivery' ELSE last_error END, "
            + "settled_at = COALESCE(settled_at, :now), "
            + "status = CASE WHEN status = 'PENDING' THEN 'DEAD' ELSE status END, version = version + 1 "
            + "WHERE organization_id = :tenant AND address <> '" + ERASED_ADDRESS + "' AND ";

    /** The details of delivery attempts (a provider's answer may quote the address) of the messages that follow. */
    private static final String ERASE_DELIVERY_DETAILS = "UPDATE delivery_attempts SET detail = '' "
            + "WHERE organization_id = :tenant AND detail <> '' AND message_id IN (";

    private final JdbcOperations jdbc;

    PostgresPersonalData(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalDataExport export(TenantId tenant, DataSubject subject, Instant now) {
        Map<String, Object> values = values(tenant, subject, now);
        Map<String, List<Map<String, Object>>> entities = new LinkedHashMap<>();
        for (Entity entity : ENTITIES) {
            String condition = subject.kind() == DataSubject.Kind.CUSTOMER ? entity.customer() : entity.member();
            if (condition != null) {
                entities.put(entity.table(), rows(entity, condition, values, Optional.of(subject)));
            }
        }
        return new PersonalDataExport(subject.toString(), now, entities);
    }

    @Override
    public PersonalDataExport exportOrganization(TenantId tenant, Instant now) {
        Map<String, Object> values = Map.of("tenant", tenant.value());
        Map<String, List<Map<String, Object>>> entities = new LinkedHashMap<>();
        for (Entity entity : ENTITIES) {
            entities.put(entity.table(), rows(entity, "true", values, Optional.empty()));
        }
        return new PersonalDataExport("organization:" + tenant.value(), now, entities);
    }

    @Override
    public ErasureResult erase(TenantId tenant, DataSubject subject, Instant now) {
        Map<String, Object> values = values(tenant, subject, now);
        Map<String, Long> erased = new LinkedHashMap<>();
        List<ErasureResult.Kept> kept = new ArrayList<>();
        if (subject.kind() == DataSubject.Kind.CUSTOMER) {
            eraseCustomer(values, erased);
        } else {
            eraseMember(values, erased, kept);
        }
        keptIfAny(kept, "audit_events", count("audit_events", AUDIT, values), KEPT_AUDIT);
        keptIfAny(kept, "subject_requests", count("subject_requests", "subject_id = :id", values), KEPT_REQUESTS);
        return new ErasureResult(erased, kept);
    }

    private void eraseCustomer(Map<String, Object> values, Map<String, Long> erased) {
        erased.put("customers", change("UPDATE customers SET name = :erasedname, phone = NULL, email = NULL, "
                + "may_call = false, may_sms = false, may_email = false, opted_out = true, "
                + "restricted_at = COALESCE(restricted_at, :now), version = version + 1 "
                + "WHERE organization_id = :tenant AND id = :id AND (name <> :erasedname OR phone IS NOT NULL "
                + "OR email IS NOT NULL OR may_call OR may_sms OR may_email OR NOT opted_out "
                + "OR restricted_at IS NULL)", values));
        erased.put("special_orders", change("UPDATE special_orders SET vehicle_vin = NULL, notes = '', "
                + "version = version + 1 WHERE organization_id = :tenant AND customer_id = :id "
                + "AND (vehicle_vin IS NOT NULL OR notes <> '')", values));
        erased.put("special_order_transitions", change("UPDATE special_order_transitions SET reason = '(erased)' "
                + "WHERE organization_id = :tenant AND reason <> '(erased)' AND special_order_id IN (SELECT id "
                + "FROM special_orders WHERE organization_id = :tenant AND customer_id = :id)", values));
        erased.put("contact_attempts", change("UPDATE contact_attempts SET note = '' "
                + "WHERE organization_id = :tenant AND customer_id = :id AND note <> ''", values));
        erased.put("notes", change("UPDATE notes SET text = :erasednote WHERE organization_id = :tenant "
                + "AND text <> :erasednote AND (" + NOTES + ")", values));
        erased.put("delivery_attempts", change(ERASE_DELIVERY_DETAILS + CUSTOMER_MESSAGES + ")", values));
        erased.put("outbox_messages", change(ERASE_MESSAGES + "customer_id = :id", values));
        erased.put("notification_events", change("UPDATE notification_events "
                + "SET facts = facts - 'customer' - 'customerFirstName' - 'customerShort' "
                + "WHERE organization_id = :tenant AND facts ->> 'customerId' = :text "
                + "AND jsonb_exists_any(facts, ARRAY['customer', 'customerFirstName', 'customerShort'])", values));
    }

    private void eraseMember(Map<String, Object> values, Map<String, Long> erased, List<ErasureResult.Kept> kept) {
        erased.put("invitations", change("UPDATE invitations SET email = 'erased-' || id || '@anonymized.invalid', "
                + "version = version + 1 WHERE organization_id = :tenant AND email = :email", values));
        erased.put("delivery_attempts", change(ERASE_DELIVERY_DETAILS + MEMBER_MESSAGES + ")", values));
        erased.put("outbox_messages", change(ERASE_MESSAGES + "address = :email", values));
        erased.put("notification_events", change("UPDATE notification_events SET facts = facts - 'invitee' "
                + "WHERE organization_id = :tenant AND facts ->> 'invitee' = :email", values));
        erased.put("notification_settings", change("UPDATE notification_settings "
                + "SET emails = array_remove(emails, :email), version = version + 1 "
                + "WHERE organization_id = :tenant AND :email = ANY (emails)", values));
        change("UPDATE billing_events SET restricted_at = :now "
                + "WHERE organization_id = :tenant AND billing_email = :email AND restricted_at IS NULL", values);
        keptIfAny(kept, "billing_events", count("billing_events", "billing_email = :email", values), KEPT_BILLING);
    }

    @Override
    public void recordErasure(TenantId tenant, ErasureRecord record) {
        NamedSql.update(jdbc, "INSERT INTO erasure_log (organization_id, id, subject_kind, subject_id, request_id, "
                + "erased_at) VALUES (:tenant, :id, :kind, :subject, :request, :at)", nullable(Map.of(
                        "tenant", tenant.value(), "id", record.id(), "kind", record.subject().kind().name(),
                        "subject", record.subject().id(), "at", record.erasedAt()),
                "request", record.request().map(SubjectRequestId::value)));
    }

    @Override
    public List<ErasureRecord> erasures(TenantId tenant) {
        return NamedSql.run(jdbc, "SELECT id, subject_kind, subject_id, request_id, erased_at FROM erasure_log "
                + "WHERE organization_id = :tenant ORDER BY erased_at, id", Map.of("tenant", tenant.value()), s -> {
                    List<ErasureRecord> out = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(new ErasureRecord(rs.getObject("id", UUID.class), tenant,
                                    new DataSubject(DataSubject.Kind.valueOf(rs.getString("subject_kind")),
                                            rs.getObject("subject_id", UUID.class)),
                                    Sql.uuid(rs, "request_id").map(SubjectRequestId::new),
                                    Sql.instant(rs, "erased_at")));
                        }
                    }
                    return out;
                });
    }

    /** The parameters of every statement about {@code subject}; {@code :email} is the address on file, if any. */
    private Map<String, Object> values(TenantId tenant, DataSubject subject, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("tenant", tenant.value());
        values.put("id", subject.id());
        values.put("text", subject.id().toString());
        values.put("name", subject.toString());
        values.put("now", now);
        values.put("erasedname", Customer.ERASED_NAME);
        values.put("erasednote", Note.ERASED);
        values.put("erasedsubject", MessageContent.ERASED.subject());
        values.put("erasedbody", MessageContent.ERASED.body());
        String table = subject.kind() == DataSubject.Kind.CUSTOMER ? "customers" : "members";
        values.put("email", NamedSql.run(jdbc, "SELECT email FROM " + table + " WHERE organization_id = :tenant "
                + "AND id = :id", values, s -> {
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
                    }
                }));
        return values;
    }

    private List<Map<String, Object>> rows(Entity entity, String condition, Map<String, Object> values,
                                           Optional<DataSubject> subject) {
        return NamedSql.run(jdbc, "SELECT * FROM " + entity.table() + " WHERE organization_id = :tenant AND ("
                + condition + ")", values, s -> {
                    List<Map<String, Object>> out = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                String column = meta.getColumnName(i);
                                if (subject.map(who -> entity.shows(column, who))
                                        .orElse(!entity.secrets().contains(column))) {
                                    row.put(column, plain(rs.getObject(i)));
                                }
                            }
                            out.add(row);
                        }
                    }
                    return out;
                });
    }

    /** A column value as text, number or boolean (null stays null). */
    private static Object plain(Object value) throws SQLException {
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Timestamp time) {
            return time.toInstant().toString();
        }
        if (value instanceof Array array) {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
        }
        return value.toString();
    }

    private long change(String sql, Map<String, Object> values) {
        return NamedSql.update(jdbc, sql, values);
    }

    private long count(String table, String condition, Map<String, Object> values) {
        return NamedSql.run(jdbc, "SELECT count(*) FROM " + table + " WHERE organization_id = :tenant AND ("
                + condition + ")", values, s -> {
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private static void keptIfAny(List<ErasureResult.Kept> kept, String entity, long records, String reason) {
        if (records > 0) {
            kept.add(new ErasureResult.Kept(entity, records, reason));
        }
    }

    private static Map<String, Object> nullable(Map<String, Object> values, String key, Optional<?> value) {
        Map<String, Object> all = new HashMap<>(values);
        all.put(key, value.orElse(null));
        return all;
    }
}
