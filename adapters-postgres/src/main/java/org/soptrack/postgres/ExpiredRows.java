package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;

/**
 * Runs a repository's retention SQL for one expiry. The SQL names its parameters {@code :tenant}, {@code :cutoff},
 * {@code :members} and {@code :customers} (held subjects, as uuid arrays), {@code :actions} (the category's audit
 * actions, as a text array) and {@code :limit} (the batch size); each is bound wherever it appears.
 */
final class ExpiredRows {

    private final JdbcOperations jdbc;

    ExpiredRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code SELECT count(*) FROM table WHERE organization_id = :tenant AND (condition)}. */
    long count(TenantId tenant, Expiry expiry, String table, String condition) {
        return query(tenant, expiry, "SELECT count(*) FROM " + table + " WHERE organization_id = :tenant AND ("
                + condition + ")");
    }

    /**
     * Deletes at most a batch of the rows {@link #count} counts, skipping rows another transaction holds. The batch's
     * rows are found through the table's index on its expiry time, never by a sequential scan: a sweep deletes batch
     * after batch, and a sequential scan with a {@code LIMIT} reads again, each time, every row the earlier batches
     * deleted (dead until vacuum). The planner chose that scan when most of an organization's rows had expired:
     * {@code RetentionSweepBenchmark -Dbench.store=sessions} counted 915 sequential scans reading 16.9 million rows
     * for 1,000 batches. So sequential scans are off for this statement (and on again after it, in the same
     * transaction), as V26 does for the audit log's deleting function.
     */
    int delete(TenantId tenant, Expiry expiry, String table, String condition) {
        seqScan(false);
        int deleted = update(tenant, expiry, "DELETE FROM " + table + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
                + table + " WHERE organization_id = :tenant AND (" + condition + ") LIMIT :limit "
                + "FOR UPDATE SKIP LOCKED))");
        seqScan(true); // a failed DELETE rolls the transaction back, and the setting with it
        return deleted;
    }

    /** Turns sequential scans off or on again for the rest of the current transaction. */
    private void seqScan(boolean on) {
        jdbc.prepareStatement("SELECT set_config('enable_seqscan', ?, true)", s -> {
            s.setString(1, on ? "on" : "off");
            return s.execute();
        });
    }

    /** A statement that returns one number (a count, or a function's result). */
    long query(TenantId tenant, Expiry expiry, String sql) {
        return run(tenant, expiry, sql, s -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A statement that changes rows; says how many. */
    int update(TenantId tenant, Expiry expiry, String sql) {
        return run(tenant, expiry, sql, PreparedStatement::executeUpdate);
    }

    private <T> T run(TenantId tenant, Expiry expiry, String sql, NamedSql.Execution<T> execution) {
        return run(tenant, expiry, Map.of(), sql, execution);
    }

    /** A statement that names values of its own ({@code more}) besides the expiry's. */
    <T> T run(TenantId tenant, Expiry expiry, Map<String, ?> more, String sql, NamedSql.Execution<T> execution) {
        Map<String, Object> values = new HashMap<>(more);
        values.put("tenant", tenant.value());
        values.put("cutoff", expiry.cutoff());
        values.put("members", new NamedSql.UuidArray(expiry.heldMembers()));
        values.put("customers", new NamedSql.UuidArray(expiry.heldCustomers()));
        values.put("actions", new NamedSql.TextArray(expiry.category().auditActions().stream().map(AuditAction::name)
                .sorted().toList()));
        values.put("limit", expiry.batchSize());
        return NamedSql.run(jdbc, sql, values, execution);
    }
}
