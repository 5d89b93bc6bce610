package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.SessionRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Sign-in sessions on PostgreSQL. */
@Singleton
public final class PostgresSessionRepository implements SessionRepository {

    private final SessionRows rows;
    private final ExpiredRows expired;

    PostgresSessionRepository(SessionRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public void add(TenantId tenant, Session session) {
        rows.save(row(tenant, session));
    }

    @Override
    public Optional<Session> find(TenantId tenant, SessionId id) {
        return rows.findByOrganizationIdAndId(tenant.value(), id.value()).map(PostgresSessionRepository::session);
    }

    @Override
    public List<Session> findOpen(TenantId tenant, MemberId member) {
        return rows.findOpen(tenant.value(), member.value()).stream().map(PostgresSessionRepository::session).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Session session) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), session.id().value()),
                session.persistedVersion(), () -> rows.update(row(tenant, session)));
    }

    private static SessionRow row(TenantId tenant, Session session) {
        Session.State s = session.state();
        Optional<Session.Challenge> c = s.challenge();
        return new SessionRow(tenant.value(), s.id().value(), s.memberId().value(), s.status().name(), s.startedAt(),
                s.lastUsedAt(), s.refreshHash().map(TokenHash::hex).orElse(null),
                c.map(x -> x.method().name()).orElse(null), c.map(x -> x.secretHash().hex()).orElse(null),
                c.flatMap(Session.Challenge::codeHash).map(TokenHash::hex).orElse(null),
                c.map(Session.Challenge::expiresAt).orElse(null), c.map(Session.Challenge::wrongCodes).orElse(0),
                s.choice().map(x -> x.secretHash().hex()).orElse(null),
                s.choice().map(Session.Choice::expiresAt).orElse(null), Columns.orNull(s.endedAt()), s.endReason().map(Enum::name).orElse(null), s.address(), s.userAgent(),
                session.version());
    }

    private static Session session(SessionRow r) {
        Optional<Session.Challenge> challenge = Optional.ofNullable(r.challengeMethod()).map(method ->
                new Session.Challenge(MfaMethod.valueOf(method), new TokenHash(r.challengeSecretHash()),
                        Optional.ofNullable(r.challengeCodeHash()).map(TokenHash::new), r.challengeExpiresAt(),
                        r.challengeWrongCodes()));
        return Session.reconstitute(new Session.State(SessionId.of(r.id()), TenantId.of(r.organizationId()),
                MemberId.of(r.memberId()), Session.Status.valueOf(r.status()), r.startedAt(), r.lastUsedAt(),
                Optional.ofNullable(r.refreshHash()).map(TokenHash::new), challenge,
                Optional.ofNullable(r.choiceHash()).map(hash -> new Session.Choice(new TokenHash(hash),
                        r.choiceExpiresAt())),
                Optional.ofNullable(r.endedAt()), Optional.ofNullable(r.endReason()).map(Session.EndReason::valueOf),
                r.address(), r.userAgent()), r.version());
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "sessions", condition(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return expired.delete(tenant, expiry, "sessions", condition(expiry));
    }

    private static String condition(Expiry expiry) {
        String notHeld = " AND NOT member_id = ANY (:members)";
        return switch (expiry.category()) {
            case MFA_CODES -> "status IN ('AWAITING_SECOND_FACTOR', 'AWAITING_CHOICE') AND started_at < :cutoff"
                    + notHeld;
            case SECURITY_LOG -> "status NOT IN ('AWAITING_SECOND_FACTOR', 'AWAITING_CHOICE') "
                    + "AND COALESCE(ended_at, last_used_at) < :cutoff"
                    + notHeld;
            default -> throw new IllegalArgumentException("Sessions hold no " + expiry.category());
        };
    }
}
