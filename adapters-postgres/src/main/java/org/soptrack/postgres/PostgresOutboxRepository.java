package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.notify.DeliveryAttempt;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.notify.RaisedEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.port.out.OutboxRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * The outbox on PostgreSQL. Claims lock due rows with {@code FOR UPDATE SKIP LOCKED}, so dispatchers on several
 * server instances take disjoint batches instead of queueing behind each other; an event key is unique per tenant,
 * and {@code ON CONFLICT DO NOTHING} makes recording it a test-and-set.
 */
@Singleton
public final class PostgresOutboxRepository implements OutboxRepository {

    private static final String COLUMNS = "organization_id, id, event_id, event, rooftop_id, customer_id, channel, "
            + "address, subject, body, sensitive, status, attempts, created_at, next_attempt_at, settled_at, "
            + "last_error, unsubscribe_url, version, " + Sql.mapColumns("credentials", "credential");

    private final JdbcOperations jdbc;
    private final ExpiredRows expired;

    PostgresOutboxRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public boolean recordEvent(TenantId tenant, RaisedEvent e) {
        return jdbc.prepareStatement("""
                INSERT INTO notification_events (organization_id, id, event, event_key, rooftop_id, raised_at, facts)
                VALUES (?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]))
                ON CONFLICT (organization_id, event_key) DO NOTHING""", s -> {
            s.setObject(1, tenant.value());
            s.setObject(2, e.id());
            s.setString(3, e.event().name());
            s.setString(4, e.key());
            s.setObject(5, e.rooftopId().map(r -> r.value()).orElse(null));
            s.setTimestamp(6, Sql.time(e.at()));
            Sql.map(s, 7, e.facts());
            return s.executeUpdate() == 1;
        });
    }

    @Override
    public Set<String> recordedKeys(TenantId tenant, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("SELECT event_key FROM notification_events WHERE organization_id = ? "
                + "AND event_key = ANY(?::text[])", s -> {
            s.setObject(1, tenant.value());
            s.setArray(2, Sql.texts(s.getConnection(), List.copyOf(keys)));
            Set<String> found = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    @Override
    public void enqueue(TenantId tenant, OutboxMessage message) {
        OutboxMessage.State m = message.state();
        jdbc.prepareStatement("""
                INSERT INTO outbox_messages (organization_id, id, event_id, event, rooftop_id, customer_id, channel,
                       address, credentials, subject, body, sensitive, status, attempts, created_at, next_attempt_at,
                       settled_at, last_error, unsubscribe_url, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                s -> {
                    s.setObject(1, tenant.value());
                    s.setObject(2, m.id());
                    s.setObject(3, m.eventId());
                    s.setString(4, m.event().name());
                    s.setObject(5, m.rooftopId().map(r -> r.value()).orElse(null));
                    s.setObject(6, m.customerId().map(c -> c.value()).orElse(null));
                    s.setString(7, m.destination().kind().name());
                    s.setString(8, m.destination().address());
                    Sql.map(s, 9, m.destination().credentials());
                    s.setString(11, m.content().subject());
                    s.setString(12, m.content().body());
                    s.setBoolean(13, m.sensitive());
                    s.setString(14, m.status().name());
                    s.setInt(15, m.attempts());
                    s.setTimestamp(16, Sql.time(m.createdAt()));
                    s.setTimestamp(17, Sql.time(m.nextAttemptAt()));
                    s.setTimestamp(18, Sql.time(m.settledAt()));
                    s.setString(19, m.lastError().orElse(null));
                    s.setString(20, m.content().unsubscribe().map(URI::toString).orElse(null));
                    s.setLong(21, message.version());
                    return s.executeUpdate();
                });
    }

    @Override
    public List<OutboxMessage> claimDue(TenantId tenant, Instant now, int limit) {
        return query("SELECT " + COLUMNS + " FROM outbox_messages WHERE organization_id = ? AND status = 'PENDING' "
                + "AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
                s -> {
                    s.setObject(1, tenant.value());
                    s.setTimestamp(2, Sql.time(now));
                    s.setInt(3, limit);
                });
    }

    @Override
    public Optional<OutboxMessage> find(TenantId tenant, UUID id) {
        return query("SELECT " + COLUMNS + " FROM outbox_messages WHERE organization_id = ? AND id = ?", s -> {
            s.setObject(1, tenant.value());
            s.setObject(2, id);
        }).stream().findFirst();
    }

    private static final String UPDATE = """
            UPDATE outbox_messages SET status = ?, attempts = ?, next_attempt_at = ?, settled_at = ?,
                   last_error = ?, subject = ?, body = ?, unsubscribe_url = ?, version = ?
             WHERE organization_id = ? AND id = ? AND version = ?""";

    private static final String INSERT_ATTEMPT = "INSERT INTO delivery_attempts (organization_id, message_id, attempt, "
            + "attempted_at, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)";

    @Override
    public UpdateResult update(TenantId tenant, OutboxMessage message) {
        int rows = jdbc.prepareStatement(UPDATE, s -> {
            bindUpdate(s, tenant, message);
            return s.executeUpdate();
        });
        return rows == 1 ? UpdateResult.UPDATED : UpdateResult.CONFLICT;
    }

    /** One batch of updates, sent together: a chunk of the dispatcher's attempts costs one round trip. */
    @Override
    public List<UpdateResult> updateAll(TenantId tenant, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        int[] rows = jdbc.prepareStatement(UPDATE, s -> {
            for (OutboxMessage message : messages) {
                bindUpdate(s, tenant, message);
                s.addBatch();
            }
            return s.executeBatch();
        });
        return Arrays.stream(rows).mapToObj(n -> n == 1 ? UpdateResult.UPDATED : UpdateResult.CONFLICT).toList();
    }

    private static void bindUpdate(PreparedStatement s, TenantId tenant, OutboxMessage message) throws SQLException {
        OutboxMessage.State m = message.state();
        s.setString(1, m.status().name());
        s.setInt(2, m.attempts());
        s.setTimestamp(3, Sql.time(m.nextAttemptAt()));
        s.setTimestamp(4, Sql.time(m.settledAt()));
        s.setString(5, m.lastError().orElse(null));
        s.setString(6, m.content().subject());
        s.setString(7, m.content().body());
        s.setString(8, m.content().unsubscribe().map(URI::toString).orElse(null));
        s.setLong(9, message.version());
        s.setObject(10, tenant.value());
        s.setObject(11, m.id());
        s.setLong(12, message.persistedVersion());
    }

    /** Picks the due messages and leases them in one statement, skipping rows another dispatcher holds. */
    @Override
    public List<OutboxMessage> leaseDue(TenantId tenant, Instant now, int limit, Instant until) {
        return query("WITH due AS (SELECT id FROM outbox_messages WHERE organization_id = ? AND status = 'PENDING' "
                + "AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at, id LIMIT ? FOR UPDATE SKIP LOCKED) "
                + "UPDATE outbox_messages SET next_attempt_at = ?, version = version + 1 "
                + "WHERE organization_id = ? AND id IN (SELECT id FROM due) RETURNING " + COLUMNS, s -> {
                    s.setObject(1, tenant.value());
                    s.setTimestamp(2, Sql.time(now));
                    s.setInt(3, limit);
                    s.setTimestamp(4, Sql.time(until));
                    s.setObject(5, tenant.value());
                }).stream().sorted(OLDEST_FIRST).toList();
    }

    private static final Comparator<OutboxMessage> OLDEST_FIRST = Comparator
            .comparing((OutboxMessage m) -> m.state().createdAt()).thenComparing(OutboxMessage::id);

    @Override
    public void addAttempt(TenantId tenant, DeliveryAttempt a) {
        addAttempts(tenant, List.of(a));
    }

    /**
     * The attempts, in one batch. The transaction that records them commits without waiting for its WAL to reach the
     * disk ({@code synchronous_commit = off} for this transaction only): if PostgreSQL itself crashes within a fraction
     * of a second after such a commit, the record is lost and the message is sent again, under the same idempotency
     * key, which delivery at least once allows; a crash of the server changes nothing.
     */
    @Override
    public void addAttempts(TenantId tenant, List<DeliveryAttempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit = off");
            }
            return null;
        });
        jdbc.prepareStatement(INSERT_ATTEMPT, s -> {
            for (DeliveryAttempt a : attempts) {
                s.setObject(1, tenant.value());
                s.setObject(2, a.messageId());
                s.setInt(3, a.number());
                s.setTimestamp(4, Sql.time(a.at()));
                s.setString(5, a.outcome().name());
                s.setString(6, a.detail());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    @Override
    public List<DeliveryAttempt> attempts(TenantId tenant, UUID messageId) {
        return jdbc.prepareStatement("SELECT attempt, attempted_at, outcome, detail FROM delivery_attempts "
                + "WHERE organization_id = ? AND message_id = ? ORDER BY attempted_at, attempt", s -> {
            s.setObject(1, tenant.value());
            s.setObject(2, messageId);
            List<DeliveryAttempt> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeliveryAttempt(messageId, rs.getInt("attempt"), Sql.instant(rs, "attempted_at"),
                            DeliveryAttempt.Outcome.valueOf(rs.getString("outcome")), rs.getString("detail")));
                }
            }
            return out;
        });
    }

    @Override
    public Page<OutboxMessage> find(TenantId tenant, OutboxQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM outbox_messages WHERE organization_id = ?");
        q.status().ifPresent(x -> sql.append(" AND status = ?"));
        q.rooftop().ifPresent(x -> sql.append(" AND rooftop_id = ?"));
        q.after().ifPresent(x -> sql.append(" AND (created_at, id) < (?, ?)"));
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        List<OutboxMessage> rows = query(sql.toString(), s -> {
            int i = 1;
            s.setObject(i++, tenant.value());
            if (q.status().isPresent()) {
                s.setString(i++, q.status().get().name());
            }
            if (q.rooftop().isPresent()) {
                s.setObject(i++, q.rooftop().get().value());
            }
            if (q.after().isPresent()) {
                s.setTimestamp(i++, Sql.time(q.after().get().at()));
                s.setObject(i++, q.after().get().id());
            }
            s.setInt(i, q.limit() + 1);
        });
        return Keyset.page(rows, q.limit(), m -> new PageCursor(m.state().createdAt(), m.id()), list -> list);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<OutboxMessage> query(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            List<OutboxMessage> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(OutboxRows.message(rs));
                }
            }
            return out;
        });
    }

    private static final String SETTLED = settled("");
    private static final String CODES = "event = 'ONE_TIME_CODE' AND created_at < :cutoff"
            + " AND (status = 'PENDING' OR subject <> '" + MessageContent.REDACTED.subject() + "' OR body <> '"
            + MessageContent.REDACTED.body() + "')";

    /** Events raised before the cutoff that no message refers to, except messages that pass {@code %s}. */
    private static final String ORPHANED = "raised_at < :cutoff AND NOT EXISTS (SELECT 1 FROM outbox_messages m"
            + " WHERE m.organization_id = notification_events.organization_id AND m.event_id = notification_events.id"
            + " AND NOT (%s))";

    /** Settled before the cutoff and not about a held customer; {@code alias} qualifies the columns. */
    private static String settled(String alias) {
        return alias + "status <> 'PENDING' AND " + alias + "settled_at < :cutoff AND (" + alias
                + "customer_id IS NULL OR NOT " + alias + "customer_id = ANY (:customers))";
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        if (expiry.category() == RetentionCategory.MFA_CODES) {
            return expired.count(tenant, expiry, "outbox_messages", CODES);
        }
        requireDeliveryLog(expiry);
        return expired.count(tenant, expiry, "outbox_messages", SETTLED)
                + expired.count(tenant, expiry, "notification_events", ORPHANED.formatted(settled("m.")));
    }

    /**
     * Delivery log: a batch of settled messages goes with its attempts in one statement (the foreign key is checked
     * at its end), then as many orphaned events as the batch has room for. Sign-in codes: blanked and given up.
     */
    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        if (expiry.category() == RetentionCategory.MFA_CODES) {
            return expired.update(tenant, expiry, "UPDATE outbox_messages SET"
                    + " status = CASE WHEN status = 'PENDING' THEN 'DEAD' ELSE status END,"
                    + " settled_at = COALESCE(settled_at, :cutoff),"
                    + " last_error = CASE WHEN status = 'PENDING' THEN 'expired before delivery' ELSE last_error END,"
                    + " subject = '" + MessageContent.REDACTED.subject() + "', body = '"
                    + MessageContent.REDACTED.body() + "', version = version + 1"
                    + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM outbox_messages WHERE organization_id = :tenant AND "
                    + CODES + " LIMIT :limit FOR UPDATE SKIP LOCKED))");
        }
        requireDeliveryLog(expiry);
        int messages = expired.update(tenant, expiry, "WITH doomed AS (SELECT id FROM outbox_messages"
                + " WHERE organization_id = :tenant AND " + SETTLED + " LIMIT :limit FOR UPDATE SKIP LOCKED),"
                + " attempts AS (DELETE FROM delivery_attempts a USING doomed d"
                + " WHERE a.organization_id = :tenant AND a.message_id = d.id)"
                + " DELETE FROM outbox_messages m USING doomed d WHERE m.organization_id = :tenant AND m.id = d.id");
        if (messages >= expiry.batchSize()) {
            return messages;
        }
        Expiry rest = new Expiry(expiry.category(), expiry.cutoff(), expiry.heldMembers(), expiry.heldCustomers(),
                expiry.batchSize() - messages);
        return messages + expired.delete(tenant, rest, "notification_events", ORPHANED.formatted("false"));
    }

    private static void requireDeliveryLog(Expiry expiry) {
        if (expiry.category() != RetentionCategory.DELIVERY_LOG) {
            throw new IllegalArgumentException("The outbox holds no " + expiry.category());
        }
    }
}
