package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.AccountTokenRepository;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.UpdateResult;

/** E-mailed account links on PostgreSQL. */
@Singleton
public final class PostgresAccountTokenRepository implements AccountTokenRepository {

    private final AccountTokenRows rows;
    private final ExpiredRows expired;

    PostgresAccountTokenRepository(AccountTokenRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public void add(TenantId tenant, AccountToken token) {
        rows.save(row(tenant, token));
    }

    @Override
    public Optional<AccountToken> find(TenantId tenant, UUID id) {
        return rows.findByOrganizationIdAndId(tenant.value(), id).map(PostgresAccountTokenRepository::token);
    }

    @Override
    public int countRequestedSince(TenantId tenant, MemberId member, AccountToken.Purpose purpose, Instant since) {
        return rows.countRequestedSince(tenant.value(), member.value(), purpose.name(), since);
    }

    @Override
    public UpdateResult update(TenantId tenant, AccountToken token) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), token.id()),
                token.persistedVersion(), () -> rows.update(row(tenant, token)));
    }

    private static AccountTokenRow row(TenantId tenant, AccountToken token) {
        AccountToken.State s = token.state();
        return new AccountTokenRow(tenant.value(), s.id(), s.memberId().value(), s.purpose().name(),
                s.tokenHash().hex(), s.newEmail().map(Email::value).orElse(null), s.requestedAt(), s.expiresAt(),
                Columns.orNull(s.usedAt()), token.version());
    }

    private static AccountToken token(AccountTokenRow r) {
        return AccountToken.reconstitute(new AccountToken.State(r.id(), TenantId.of(r.organizationId()),
                MemberId.of(r.memberId()), AccountToken.Purpose.valueOf(r.purpose()), new TokenHash(r.tokenHash()),
                Optional.ofNullable(r.newEmail()).map(Email::of), r.requestedAt(), r.expiresAt(),
                Optional.ofNullable(r.usedAt())), r.version());
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "account_tokens", condition(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return expired.delete(tenant, expiry, "account_tokens", condition(expiry));
    }

    private static String condition(Expiry expiry) {
        if (expiry.category() != RetentionCategory.SECURITY_LOG) {
            throw new IllegalArgumentException("Account links hold no " + expiry.category());
        }
        return "requested_at < :cutoff AND NOT member_id = ANY (:members)";
    }
}
