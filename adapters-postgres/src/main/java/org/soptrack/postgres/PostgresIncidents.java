package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.IncidentPort;

/**
 * Incidents on PostgreSQL: two platform tables outside Row-Level Security. The operator's calls each run on a
 * connection of their own (an incident, its organizations' entries and its audit entry in one transaction); an
 * organization's read runs in its own transaction and names {@code current_tenant()}, so it sees nothing outside it.
 */
@Singleton
public final class PostgresIncidents extends PlatformTable.Store implements IncidentPort {

    private final JdbcOperations jdbc;

    PostgresIncidents(DataSource dataSource, JdbcOperations jdbc) {
        super(new PlatformTable(dataSource, "incidents", "recorded_at", "Incidents"));
        this.jdbc = jdbc;
    }

    @Override
    public void add(Incident incident, PlatformAuditEntry audit) {
        table.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO incidents (id, description, found_at, "
                    + "recorded_at, recorded_by, categories) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, incident.id());
                s.setString(2, incident.description());
                s.setTimestamp(3, Sql.time(incident.foundAt()));
                s.setTimestamp(4, Sql.time(incident.recordedAt()));
                s.setObject(5, incident.recordedBy().value());
                s.setArray(6, c.createArrayOf("text", incident.categories().stream().map(Enum::name).sorted()
                        .toArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO incident_organizations (incident_id, "
                    + "affected_organization, position, rooftops) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < incident.affected().size(); i++) {
                    Incident.Affected a = incident.affected().get(i);
                    s.setObject(1, incident.id());
                    s.setObject(2, a.organization().value());
                    s.setInt(3, i);
                    s.setArray(4, c.createArrayOf("uuid", a.rooftops().stream().map(RooftopId::value).toArray()));
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(PostgresPlatformAudit.INSERT)) {
                PostgresPlatformAudit.bind(s, 1, audit);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Incident> latest(int limit) {
        return table.inTransaction(c -> load(c, "SELECT * FROM incidents ORDER BY recorded_at DESC, id DESC LIMIT ?",
                limit));
    }

    @Override
    public Optional<Incident> find(UUID id) {
        return table.inTransaction(c -> load(c, "SELECT * FROM incidents WHERE id = ?", id)).stream().findFirst();
    }

    @Override
    public List<Incident> affecting(TenantId tenant) {
        return jdbc.prepareStatement("""
                SELECT i.*, io.rooftops FROM incident_organizations io JOIN incidents i ON i.id = io.incident_id
                 WHERE io.affected_organization = ? AND io.affected_organization = current_tenant()
                 ORDER BY i.recorded_at DESC, i.id DESC""", s -> {
            s.setObject(1, tenant.value());
            List<Incident> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new IncidentRow(rs).incident(List.of(new Incident.Affected(tenant,
                            rooftops(rs.getArray("rooftops"))))));
                }
            }
            return out;
        });
    }

    @Override
    public List<Untold> untold(int limit) {
        return table.inTransaction(c -> {
            List<UUID[]> pairs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT io.incident_id, io.affected_organization FROM incident_organizations io
                      JOIN incidents i ON i.id = io.incident_id
                     WHERE io.told_at IS NULL ORDER BY i.recorded_at, i.id, io.position LIMIT ?""")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        pairs.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
                    }
                }
            }
            Map<UUID, Incident> byId = load(c, "SELECT * FROM incidents WHERE id = ANY (?)",
                    pairs.stream().map(p -> p[0]).distinct().toArray(UUID[]::new)).stream()
                    .collect(Collectors.toMap(Incident::id, i -> i));
            return pairs.stream().map(p -> new Untold(byId.get(p[0]), TenantId.of(p[1]))).toList();
        });
    }

    @Override
    public void told(UUID id, TenantId tenant, Instant at) {
        table.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE incident_organizations SET told_at = ? "
                    + "WHERE incident_id = ? AND affected_organization = ?")) {
                s.setTimestamp(1, Sql.time(at));
                s.setObject(2, id);
                s.setObject(3, tenant.value());
                return s.executeUpdate();
            }
        });
    }

    /** The incidents {@code sql} selects (its one parameter {@code value}), each with every organization's entry. */
    private static List<Incident> load(Connection c, String sql, Object value) throws SQLException {
        Map<UUID, List<Incident.Affected>> affected = new LinkedHashMap<>();
        List<IncidentRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (value instanceof UUID[] ids) {
                s.setArray(1, c.createArrayOf("uuid", ids));
            } else {
                s.setObject(1, value);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    IncidentRow row = new IncidentRow(rs);
                    rows.add(row);
                    affected.put(row.id, new ArrayList<>());
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM incident_organizations "
                + "WHERE incident_id = ANY (?) ORDER BY incident_id, position")) {
            s.setArray(1, c.createArrayOf("uuid", affected.keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    affected.get(rs.getObject("incident_id", UUID.class)).add(new Incident.Affected(
                            TenantId.of(rs.getObject("affected_organization", UUID.class)),
                            rooftops(rs.getArray("rooftops"))));
                }
            }
        }
        return rows.stream().map(row -> row.incident(affected.get(row.id))).toList();
    }

    /** The columns of one {@code incidents} row, read before its organizations' entries are. */
    private static final class IncidentRow {
        final UUID id;
        final String description;
        final Instant foundAt;
        final Instant recordedAt;
        final UUID recordedBy;
        final Set<Incident.DataCategory> categories;

        IncidentRow(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            description = rs.getString("description");
            foundAt = Sql.instant(rs, "found_at");
            recordedAt = Sql.instant(rs, "recorded_at");
            recordedBy = rs.getObject("recorded_by", UUID.class);
            categories = categories(rs.getArray("categories"));
        }

        Incident incident(List<Incident.Affected> affected) {
            return new Incident(id, description, foundAt, recordedAt, OperatorId.of(recordedBy), categories,
                    affected);
        }
    }

    private static Set<Incident.DataCategory> categories(Array array) throws SQLException {
        Set<Incident.DataCategory> out = EnumSet.noneOf(Incident.DataCategory.class);
        Arrays.stream((String[]) array.getArray()).map(Incident.DataCategory::valueOf).forEach(out::add);
        return out;
    }

    private static Set<RooftopId> rooftops(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).map(RooftopId::new).collect(Collectors.toSet());
    }
}
