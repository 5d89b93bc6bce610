package org.soptrack.postgres;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
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
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.port.out.PublicRequestPort;

/**
 * Public requests on PostgreSQL: a platform table outside Row-Level Security, each call one statement on its own
 * connection (auto-commit), outside any organization's transaction. A claim leases rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never take the same request at once.
 */
@Singleton
public final class PostgresPublicRequests implements PublicRequestPort {

    private static final String COLUMNS = "id, kind, name, dealership, email, phone, message, received_at";

    private final DataSource dataSource;

    PostgresPublicRequests(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Statement<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Public requests: " + e.getMessage(), e);
        }
    }

    @Override
    public void add(PublicRequest r) {
        run("INSERT INTO public_requests (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
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
        return run("SELECT " + COLUMNS + " FROM public_requests ORDER BY received_at DESC, id DESC LIMIT ?", s -> {
            s.setInt(1, limit);
            return requests(s);
        });
    }

    @Override
    public List<PublicRequest> claimForNotice(Instant now, Instant leaseUntil, int maxAttempts, int limit) {
        return run("""
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
        return run("UPDATE public_requests SET notice_sent_at = ? WHERE id = ?", s -> {
            s.setTimestamp(1, Sql.time(at));
            s.setObject(2, id);
            return s.executeUpdate() == 1;
        });
    }

    @Override
    public long countExpired(Instant cutoff) {
        return run("SELECT count(*) FROM public_requests WHERE received_at < ?", s -> {
            s.setTimestamp(1, Sql.time(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public int removeExpired(Instant cutoff, int limit) {
        return run("DELETE FROM public_requests WHERE id = ANY (ARRAY(SELECT id FROM public_requests "
                + "WHERE received_at < ? LIMIT ? FOR UPDATE SKIP LOCKED))", s -> {
            s.setTimestamp(1, Sql.time(cutoff));
            s.setInt(2, limit);
            return s.executeUpdate();
        });
    }

    private static List<PublicRequest> requests(PreparedStatement s) throws SQLException {
        List<PublicRequest> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new PublicRequest(rs.getObject("id", UUID.class),
                        PublicRequest.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getString("dealership"), Email.of(rs.getString("email")),
                        Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::of), rs.getString("message"),
                        Sql.instant(rs, "received_at")));
            }
        }
        return out;
    }
}
