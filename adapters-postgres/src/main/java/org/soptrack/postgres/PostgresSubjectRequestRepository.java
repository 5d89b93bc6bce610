package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.SubjectRequestRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Data-subject requests on PostgreSQL, one row each; the steps of a request are nullable column groups. */
@Singleton
public final class PostgresSubjectRequestRepository implements SubjectRequestRepository {

    private static final String FIXED = "id, type, subject_kind, subject_id, regime, requester_email, received_on, "
            + "recorded_by_kind, recorded_by_id, recorded_at, first_due_on";
    private static final String STEPS = "verification_method, verified_by_kind, verified_by_id, verified_at, "
            + "extension_reason, extended_by_kind, extended_by_id, extended_at, extended_due_on, status, resolution, "
            + "closed_by_kind, closed_by_id, closed_at, reminded_at, version";
    private static final String SET_STEPS = STEPS.replace(",", " = ?,") + " = ?";

    private final JdbcOperations jdbc;

    PostgresSubjectRequestRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(TenantId tenant, SubjectRequest request) {
        SubjectRequest.State r = request.state();
        jdbc.prepareStatement("INSERT INTO subject_requests (organization_id, " + FIXED + ", " + STEPS + ") VALUES ("
                + "?, ".repeat(27) + "?)", s -> {
            s.setObject(1, tenant.value());
            s.setObject(2, r.id().value());
            s.setString(3, r.type().name());
            s.setString(4, r.subject().kind().name());
            s.setObject(5, r.subject().id());
            s.setString(6, r.regime().name());
            s.setString(7, r.requesterEmail().value());
            s.setDate(8, Date.valueOf(r.receivedOn()));
            s.setString(9, r.recordedBy().kind().name());
            s.setObject(10, r.recordedBy().id());
            s.setTimestamp(11, Sql.time(r.recordedAt()));
            s.setDate(12, Date.valueOf(r.firstDueOn()));
            bindSteps(s, 13, request);
            return s.executeUpdate();
        });
    }

    @Override
    public Optional<SubjectRequest> find(TenantId tenant, SubjectRequestId id) {
        return select(tenant, " AND id = ?", id.value()).stream().findFirst();
    }

    @Override
    public List<SubjectRequest> findOpen(TenantId tenant) {
        return select(tenant, " AND status = 'OPEN' ORDER BY COALESCE(extended_due_on, first_due_on), id", null);
    }

    @Override
    public List<SubjectRequest> findAll(TenantId tenant) {
        return select(tenant, " ORDER BY recorded_at DESC, id", null);
    }

    @Override
    public UpdateResult update(TenantId tenant, SubjectRequest request) {
        int rows = jdbc.prepareStatement("UPDATE subject_requests SET " + SET_STEPS
                + " WHERE organization_id = ? AND id = ? AND version = ?", s -> {
            int next = bindSteps(s, 1, request);
            s.setObject(next, tenant.value());
            s.setObject(next + 1, request.id().value());
            s.setLong(next + 2, request.persistedVersion());
            return s.executeUpdate();
        });
        return rows == 1 ? UpdateResult.UPDATED : UpdateResult.CONFLICT;
    }

    /** Binds the sixteen step columns from {@code index}; returns the next index. */
    private static int bindSteps(PreparedStatement s, int index, SubjectRequest request) throws SQLException {
        SubjectRequest.State r = request.state();
        Optional<SubjectRequest.Verification> v = r.verification();
        s.setString(index, v.map(SubjectRequest.Verification::method).orElse(null));
        bindActor(s, index + 1, v.map(SubjectRequest.Verification::by));
        s.setTimestamp(index + 3, Sql.time(v.map(SubjectRequest.Verification::at)));
        Optional<SubjectRequest.Extension> e = r.extension();
        s.setString(index + 4, e.map(SubjectRequest.Extension::reason).orElse(null));
        bindActor(s, index + 5, e.map(SubjectRequest.Extension::by));
        s.setTimestamp(index + 7, Sql.time(e.map(SubjectRequest.Extension::at)));
        s.setDate(index + 8, e.map(x -> Date.valueOf(x.dueOn())).orElse(null));
        s.setString(index + 9, request.status().name());
        Optional<SubjectRequest.Closing> c = r.closing();
        s.setString(index + 10, c.map(SubjectRequest.Closing::resolution).orElse(null));
        bindActor(s, index + 11, c.map(SubjectRequest.Closing::by));
        s.setTimestamp(index + 13, Sql.time(c.map(SubjectRequest.Closing::at)));
        s.setTimestamp(index + 14, Sql.time(r.remindedAt()));
        s.setLong(index + 15, request.version());
        return index + 16;
    }

    private static void bindActor(PreparedStatement s, int index, Optional<ActorRef> actor) throws SQLException {
        s.setString(index, actor.map(a -> a.kind().name()).orElse(null));
        s.setObject(index + 1, actor.map(ActorRef::id).orElse(null));
    }

    private List<SubjectRequest> select(TenantId tenant, String rest, UUID id) {
        return jdbc.prepareStatement("SELECT " + FIXED + ", " + STEPS + " FROM subject_requests "
                + "WHERE organization_id = ?" + rest, s -> {
            s.setObject(1, tenant.value());
            if (id != null) {
                s.setObject(2, id);
            }
            List<SubjectRequest> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(request(tenant, rs));
                }
            }
            return out;
        });
    }

    private static SubjectRequest request(TenantId tenant, ResultSet rs) throws SQLException {
        Optional<ActorRef> verifiedBy = actor(rs, "verified_by");
        Optional<SubjectRequest.Verification> verification = verifiedBy.isEmpty() ? Optional.empty()
                : Optional.of(new SubjectRequest.Verification(rs.getString("verification_method"), verifiedBy.get(),
                        Sql.instant(rs, "verified_at")));
        Optional<ActorRef> extendedBy = actor(rs, "extended_by");
        Optional<SubjectRequest.Extension> extension = extendedBy.isEmpty() ? Optional.empty()
                : Optional.of(new SubjectRequest.Extension(rs.getString("extension_reason"), extendedBy.get(),
                        Sql.instant(rs, "extended_at"), rs.getDate("extended_due_on").toLocalDate()));
        SubjectRequest.Status status = SubjectRequest.Status.valueOf(rs.getString("status"));
        Optional<ActorRef> closedBy = actor(rs, "closed_by");
        Optional<SubjectRequest.Closing> closing = closedBy.isEmpty() ? Optional.empty()
                : Optional.of(new SubjectRequest.Closing(status, rs.getString("resolution"), closedBy.get(),
                        Sql.instant(rs, "closed_at")));
        return SubjectRequest.reconstitute(new SubjectRequest.State(
                new SubjectRequestId(rs.getObject("id", UUID.class)), tenant,
                RequestType.valueOf(rs.getString("type")),
                new DataSubject(DataSubject.Kind.valueOf(rs.getString("subject_kind")),
                        rs.getObject("subject_id", UUID.class)),
                Regime.valueOf(rs.getString("regime")), Email.of(rs.getString("requester_email")),
                rs.getDate("received_on").toLocalDate(),
                actor(rs, "recorded_by").orElseThrow(), Sql.instant(rs, "recorded_at"),
                rs.getDate("first_due_on").toLocalDate(), verification, extension, closing,
                Optional.ofNullable(Sql.instant(rs, "reminded_at"))), rs.getLong("version"));
    }

    private static Optional<ActorRef> actor(ResultSet rs, String prefix) throws SQLException {
        String kind = rs.getString(prefix + "_kind");
        return kind == null ? Optional.empty()
                : Optional.of(new ActorRef(ActorRef.Kind.valueOf(kind), rs.getObject(prefix + "_id", UUID.class)));
    }
}
