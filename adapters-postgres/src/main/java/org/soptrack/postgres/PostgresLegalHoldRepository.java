package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.LegalHoldRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Legal holds on PostgreSQL. */
@Singleton
public final class PostgresLegalHoldRepository implements LegalHoldRepository {

    private static final String COLUMNS = "id, subject_kind, subject_id, reason, placed_by_kind, placed_by_id, "
            + "placed_at, released_by_kind, released_by_id, released_at, version";

    private final JdbcOperations jdbc;

    PostgresLegalHoldRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(TenantId tenant, LegalHold hold) {
        LegalHold.State h = hold.state();
        jdbc.prepareStatement("INSERT INTO legal_holds (organization_id, " + COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, tenant.value());
            s.setObject(2, h.id().value());
            s.setString(3, h.subject().kind().name());
            s.setObject(4, h.subject().id().orElse(null));
            s.setString(5, h.reason());
            s.setString(6, h.placedBy().kind().name());
            s.setObject(7, h.placedBy().id());
            s.setTimestamp(8, Sql.time(h.placedAt()));
            bindRelease(s, 9, h);
            s.setLong(12, hold.version());
            return s.executeUpdate();
        });
    }

    @Override
    public Optional<LegalHold> find(TenantId tenant, LegalHoldId id) {
        return select(tenant, " AND id = ?", id.value()).stream().findFirst();
    }

    @Override
    public List<LegalHold> findAll(TenantId tenant) {
        return select(tenant, " ORDER BY released_at IS NOT NULL, placed_at DESC, id DESC", null);
    }

    @Override
    public UpdateResult update(TenantId tenant, LegalHold hold) {
        LegalHold.State h = hold.state();
        int rows = jdbc.prepareStatement("UPDATE legal_holds SET released_by_kind = ?, released_by_id = ?, "
                + "released_at = ?, version = ? WHERE organization_id = ? AND id = ? AND version = ?", s -> {
            bindRelease(s, 1, h);
            s.setLong(4, hold.version());
            s.setObject(5, tenant.value());
            s.setObject(6, h.id().value());
            s.setLong(7, hold.persistedVersion());
            return s.executeUpdate();
        });
        return rows == 1 ? UpdateResult.UPDATED : UpdateResult.CONFLICT;
    }

    private static void bindRelease(PreparedStatement s, int index, LegalHold.State h) throws SQLException {
        s.setString(index, h.releasedBy().map(a -> a.kind().name()).orElse(null));
        s.setObject(index + 1, h.releasedBy().map(ActorRef::id).orElse(null));
        s.setTimestamp(index + 2, Sql.time(h.releasedAt()));
    }

    private List<LegalHold> select(TenantId tenant, String rest, UUID id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM legal_holds WHERE organization_id = ?" + rest, s -> {
            s.setObject(1, tenant.value());
            if (id != null) {
                s.setObject(2, id);
            }
            List<LegalHold> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(hold(tenant, rs));
                }
            }
            return out;
        });
    }

    private static LegalHold hold(TenantId tenant, ResultSet rs) throws SQLException {
        Optional<UUID> subjectId = Sql.uuid(rs, "subject_id");
        String releasedKind = rs.getString("released_by_kind");
        Optional<ActorRef> releasedBy = Sql.uuid(rs, "released_by_id").map(by -> actor(releasedKind, by));
        return LegalHold.reconstitute(new LegalHold.State(new LegalHoldId(rs.getObject("id", UUID.class)), tenant,
                new HoldSubject(HoldSubject.Kind.valueOf(rs.getString("subject_kind")), subjectId),
                rs.getString("reason"), actor(rs.getString("placed_by_kind"), rs.getObject("placed_by_id", UUID.class)),
                Sql.instant(rs, "placed_at"), releasedBy, Optional.ofNullable(Sql.instant(rs, "released_at"))),
                rs.getLong("version"));
    }

    private static ActorRef actor(String kind, UUID id) {
        return new ActorRef(ActorRef.Kind.valueOf(kind), id);
    }
}
