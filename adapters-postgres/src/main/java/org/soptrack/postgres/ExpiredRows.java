package org.soptrack.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;

/**
 * Runs a repository's retention SQL for one expiry. The SQL names its parameters {@code :tenant}, {@code :cutoff},
 * {@code :members} and {@code :customers} (held subjects, as uuid arrays), {@code :actions} (the category's audit
 * actions, as a text array) and {@code :limit} (the batch size); each is bound wherever it appears.
 */
final class ExpiredRows {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):(tenant|cutoff|members|customers|actions|limit)\\b");

    private final JdbcOperations jdbc;

    ExpiredRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code SELECT count(*) FROM table WHERE organization_id = :tenant AND (condition)}. */
    long count(TenantId tenant, Expiry expiry, String table, String condition) {
        return query(tenant, expiry, "SELECT count(*) FROM " + table + " WHERE organization_id = :tenant AND ("
                + condition + ")");
    }

    /** Deletes at most a batch of the rows {@link #count} counts, skipping rows another transaction holds. */
    int delete(TenantId tenant, Expiry expiry, String table, String condition) {
        return update(tenant, expiry, "DELETE FROM " + table + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + table
                + " WHERE organization_id = :tenant AND (" + condition + ") LIMIT :limit FOR UPDATE SKIP LOCKED))");
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

    private interface Execution<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(TenantId tenant, Expiry expiry, String sql, Execution<T> execution) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder jdbcSql = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(jdbcSql, "?");
        }
        m.appendTail(jdbcSql);
        return jdbc.prepareStatement(jdbcSql.toString(), s -> {
            for (int i = 0; i < names.size(); i++) {
                bind(s, i + 1, names.get(i), tenant, expiry);
            }
            return execution.run(s);
        });
    }

    private static void bind(PreparedStatement s, int index, String name, TenantId tenant, Expiry expiry)
            throws SQLException {
        switch (name) {
            case "tenant" -> s.setObject(index, tenant.value());
            case "cutoff" -> s.setTimestamp(index, Sql.time(expiry.cutoff()));
            case "members" -> s.setArray(index, s.getConnection().createArrayOf("uuid", expiry.heldMembers().toArray()));
            case "customers" ->
                    s.setArray(index, s.getConnection().createArrayOf("uuid", expiry.heldCustomers().toArray()));
            case "actions" -> s.setArray(index, Sql.texts(s.getConnection(),
                    expiry.category().auditActions().stream().map(AuditAction::name).sorted().toList()));
            case "limit" -> s.setInt(index, expiry.batchSize());
            default -> throw new IllegalArgumentException("Unknown parameter :" + name);
        }
    }
}
