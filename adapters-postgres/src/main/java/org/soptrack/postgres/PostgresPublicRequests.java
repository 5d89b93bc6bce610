package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.port.out.PublicRequestPort;

/**
 * Public requests on PostgreSQL: a platform table outside Row-Level Security, each call one statement on its own
 * connection (auto-commit), outside any organization's transaction. A claim leases rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never take the same request at once; replies likewise. A reply and
 * its platform audit entry are written by one statement, and the request's deletion takes its replies
 * ({@code ON DELETE CASCADE}).
 */
@Singleton
public final class PostgresPublicRequests extends PlatformTable.Store implements PublicRequestPort {

    private static final String COLUMNS = "id, kind, name, dealership, email, phone, message, received_at";
    /** A reply's columns under names of their own, so that a row joined with its request reads the same. */
    private static final String REPLY_COLUMNS = "id AS reply_id, request_id, operator_id, message AS reply_message, "
            + "created_at, sent_at";

    PostgresPublicRequests(DataSource dataSource) {
        super(new PlatformTable(dataSource, "public_requests", "received_at", "Public requests"));
    }

    @Override
    public void add(PublicRequest r) {
        table.run("INSERT INTO public_requests (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, r.id());
            s.setString(2, r.kind().name());
            s.setString(3, r.name());
            s.setString(4, r.dealership());
            s.setString(5, r.email().value());
            s.setString(6, r.phone().map(PhoneNumber::value).orElse(null));
            s.setString(7, r.message());
            s.setTimestamp(8, Sql.time(r.receivedAt()));
            return s.executeUpdate();
        });
    }

    @Override
    public List<PublicRequest> latest(int limit) {
        String sql = "SELECT " + COLUMNS + " FROM public_requests ORDER BY received_at DESC, id DESC LIMIT ?";
        return table.run(sql, s -> {
            s.setInt(1, limit);
            return requests(s);
        });
    }

    @Override
    public Optional<PublicRequest> find(UUID id) {
        return table.run("SELECT " + COLUMNS + " FROM public_requests WHERE id = ?", s -> {
            s.setObject(1, id);
            return requests(s).stream().findFirst();
        });
    }

    @Override
    public boolean addReply(PublicRequestReply reply, PlatformAuditEntry audit) {
        return table.run("""
                WITH reply AS (
                    INSERT INTO public_request_replies (id, request_id, operator_id, message, created_at)
                    SELECT ?, id, ?, ?, ? FROM public_requests WHERE id = ?
                    RETURNING request_id)
                """ + PostgresPlatformAudit.INSERT + " FROM reply", s -> {
            s.setObject(1, reply.id());
            s.setObject(2, reply.operator().value());
            s.setString(3, reply.message());
            s.setTimestamp(4, Sql.time(reply.createdAt()));
            s.setObject(5, reply.requestId());
            PostgresPlatformAudit.bind(s, 6, audit);
            return s.executeUpdate() == 1;
        });
    }

    @Override
    public List<PublicRequestReply> replies(UUID requestId) {
        return table.run("SELECT " + REPLY_COLUMNS + " FROM public_request_replies WHERE request_id = ? "
                + "ORDER BY created_at, id", s -> {
            s.setObject(1, requestId);
            List<PublicRequestReply> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(reply(rs));
                }
            }
            return out;
        });
    }

    @Override
    public List<ClaimedReply> claimReplies(Instant now, Instant leaseUntil, int maxAttempts, int limit) {
        return table.run("""
                WITH claimed AS (
                    UPDATE public_request_replies SET send_attempts = send_attempts + 1, send_leased_until = ?
                     WHERE id = ANY (ARRAY(SELECT id FROM public_request_replies
                                            WHERE sent_at IS NULL AND send_attempts < ?
                                              AND (send_leased_until IS NULL OR send_leased_until <= ?)
                                            ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED))
                    RETURNING\s""" + REPLY_COLUMNS + """
                )
                SELECT c.*, r.* FROM claimed c JOIN public_requests r ON r.id = c.request_id ORDER BY c.created_at
                """, s -> {
            s.setTimestamp(1, Sql.time(leaseUntil));
            s.setInt(2, maxAttempts);
            s.setTimestamp(3, Sql.time(now));
            s.setInt(4, limit);
            List<ClaimedReply> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClaimedReply(reply(rs), request(rs)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean replySent(UUID id, Instant at) {
        return stamp("UPDATE public_request_replies SET sent_at = ? WHERE id = ?", id, at);
    }

    /** Sets a time column of one row by {@code UPDATE … SET column = ? WHERE id = ?}; false if the row is gone. */
    private boolean stamp(String sql, UUID id, Instant at) {
        return table.run(sql, s -> {
            s.setTimestamp(1, Sql.time(at));
            s.setObject(2, id);
            return s.executeUpdate() == 1;
        });
    }

    private static PublicRequestReply reply(ResultSet rs) throws SQLException {
        return new PublicRequestReply(rs.getObject("reply_id", UUID.class), rs.getObject("request_id", UUID.class),
                OperatorId.of(rs.getObject("operator_id", UUID.class)), rs.getString("reply_message"),
                Sql.instant(rs, "created_at"), Optional.ofNullable(Sql.instant(rs, "sent_at")));
    }

    @Override
    public List<PublicRequest> claimForNotice(Instant now, Instant leaseUntil, int maxAttempts, int limit) {
        return table.run("""
                UPDATE public_requests SET notice_attempts = notice_attempts + 1, notice_leased_until = ?
                 WHERE id = ANY (ARRAY(SELECT id FROM public_requests
                                        WHERE notice_sent_at IS NULL AND notice_attempts < ?
                                          AND (notice_leased_until IS NULL OR notice_leased_until <= ?)
                                        ORDER BY received_at LIMIT ? FOR UPDATE SKIP LOCKED))
                RETURNING\s""" + COLUMNS, s -> {
            s.setTimestamp(1, Sql.time(leaseUntil));
            s.setInt(2, maxAttempts);
            s.setTimestamp(3, Sql.time(now));
            s.setInt(4, limit);
            return requests(s);
        });
    }

    @Override
    public boolean noticeSent(UUID id, Instant at) {
        return stamp("UPDATE public_requests SET notice_sent_at = ? WHERE id = ?", id, at);
    }

    private static List<PublicRequest> requests(PreparedStatement s) throws SQLException {
        List<PublicRequest> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(request(rs));
            }
        }
        return out;
    }

    private static PublicRequest request(ResultSet rs) throws SQLException {
        return new PublicRequest(rs.getObject("id", UUID.class), PublicRequest.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("dealership"), Email.of(rs.getString("email")),
                Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::of), rs.getString("message"),
                Sql.instant(rs, "received_at"));
    }
}
