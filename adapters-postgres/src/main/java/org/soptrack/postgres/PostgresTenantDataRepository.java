package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.TenantDataRepository;

/**
 * The purge of an organization's business data and then its setup (invitations, its own retention periods, and the
 * rooftops nothing refers to any more, with their SOP counters; their order counts go with them), table by table in the order the foreign keys need (a
 * special order takes its history with it). Each call fills one batch, moving on to the next table when one is empty, so a batch
 * smaller than asked means nothing is left. Rows about held customers stay, and so do the events their messages
 * refer to.
 */
@Singleton
public final class PostgresTenantDataRepository implements TenantDataRepository {

    /**
     * One kind of record: its table, which of its rows the purge covers (sparing held customers', {@code :customers}),
     * and which of those may be deleted now. They differ for events only: an event goes once no message refers to it.
     */
    private record Kind(String table, String covered, String deletable) {
        Kind(String table, String covered) {
            this(table, covered, covered);
        }
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        String message = "SELECT 1 FROM outbox_messages m "
                + "WHERE m.organization_id = notification_events.organization_id AND m.event_id = notification_events.id";
        KINDS.put("contactAttempts", new Kind("contact_attempts", "NOT customer_id = ANY (:customers)"));
        KINDS.put("notes", new Kind("notes", spared("customer_id") + " AND (special_order_id IS NULL OR NOT EXISTS "
                + "(SELECT 1 FROM special_orders o WHERE o.organization_id = :tenant AND o.id = notes.special_order_id "
                + "AND o.customer_id = ANY (:customers)))"));
        KINDS.put("specialOrders", new Kind("special_orders", "NOT customer_id = ANY (:customers)"));
        KINDS.put("deliveryAttempts", new Kind("delivery_attempts", "message_id IN (SELECT m.id FROM "
                + "outbox_messages m WHERE m.organization_id = :tenant AND " + spared("m.customer_id") + ")"));
        KINDS.put("notificationMessages", new Kind("outbox_messages", spared("customer_id")));
        KINDS.put("notificationEvents", new Kind("notification_events",
                "NOT EXISTS (" + message + " AND NOT " + spared("m.customer_id") + ")",
                "NOT EXISTS (" + message + ")"));
        KINDS.put("notificationSettings", new Kind("notification_settings", "true"));
        KINDS.put("subjectRequests", new Kind("subject_requests",
                "subject_kind = 'MEMBER' OR NOT subject_id = ANY (:customers)"));
        KINDS.put("customers", new Kind("customers", "NOT id = ANY (:customers)"));
        KINDS.put("invitations", new Kind("invitations", "true"));
        KINDS.put("retentionOverrides", new Kind("retention_overrides", "true"));
        KINDS.put("sopCounters", new Kind("sop_counters", unused("sop_counters.rooftop_id")));
        KINDS.put("rooftops", new Kind("rooftops", unused("rooftops.id")));
    }

    /**
     * A rooftop the purge frees: no order or contact attempt of a held customer refers to it, and by the time its kind
     * comes every other order and attempt is gone.
     */
    private static String unused(String rooftop) {
        return "NOT EXISTS (SELECT 1 FROM special_orders o WHERE o.organization_id = :tenant AND o.rooftop_id = "
                + rooftop + " AND o.customer_id = ANY (:customers)) AND NOT EXISTS (SELECT 1 FROM contact_attempts a "
                + "WHERE a.organization_id = :tenant AND a.rooftop_id = " + rooftop
                + " AND a.customer_id = ANY (:customers))";
    }

    private final ExpiredRows rows;

    PostgresTenantDataRepository(JdbcOperations jdbc) {
        this.rows = new ExpiredRows(jdbc);
    }

    private static String spared(String column) {
        return "(" + column + " IS NULL OR NOT " + column + " = ANY (:customers))";
    }

    @Override
    public Map<String, Long> census(TenantId tenant, Expiry expiry) {
        check(expiry);
        Map<String, Long> out = new LinkedHashMap<>();
        KINDS.forEach((name, kind) -> out.put(name, rows.count(tenant, expiry, kind.table(), kind.covered())));
        return out;
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        check(expiry);
        int removed = 0;
        for (Kind kind : KINDS.values()) {
            if (removed < expiry.batchSize()) {
                Expiry rest = new Expiry(expiry.category(), expiry.cutoff(), expiry.heldMembers(),
                        expiry.heldCustomers(), expiry.batchSize() - removed);
                removed += rows.delete(tenant, rest, kind.table(), kind.deletable());
            }
        }
        return removed;
    }

    private static void check(Expiry expiry) {
        if (expiry.category() != RetentionCategory.TENANT_DATA) {
            throw new IllegalArgumentException("Business data is not " + expiry.category());
        }
    }
}
