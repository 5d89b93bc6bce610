package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Members on PostgreSQL; a partial unique index keeps one active member per e-mail address and tenant. A retention
 * batch is one statement: it picks the accounts, deletes their credentials, sessions, trusted devices and e-mailed
 * links, and anonymizes or deletes the accounts themselves.
 */
@Singleton
public final class PostgresMemberRepository implements MemberRepository {

    /** The accounts a batch takes, and their sign-in data deleted alongside. */
    private static final String PICKED = """
            WITH picked AS (SELECT id FROM members WHERE organization_id = :tenant AND (%s)
                             LIMIT :limit FOR UPDATE SKIP LOCKED),
                 credentials_gone AS (DELETE FROM credentials
                                       WHERE organization_id = :tenant AND member_id IN (SELECT id FROM picked)),
                 sessions_gone AS (DELETE FROM sessions
                                    WHERE organization_id = :tenant AND member_id IN (SELECT id FROM picked)),
                 devices_gone AS (DELETE FROM trusted_devices
                                   WHERE organization_id = :tenant AND member_id IN (SELECT id FROM picked)),
                 links_gone AS (DELETE FROM account_tokens
                                 WHERE organization_id = :tenant AND member_id IN (SELECT id FROM picked))
            """;

    /** Must write what {@link Member#anonymize()} does; the repository contract compares the two. */
    private static final String ANONYMIZE = """
            UPDATE members m
               SET email = 'member-' || m.id || '@anonymized.invalid', display_name = 'Former member',
                   status = 'ANONYMIZED', removed_at = coalesce(m.removed_at, m.last_sign_in_at, m.joined_at),
                   version = m.version + 1
              FROM picked
             WHERE m.organization_id = :tenant AND m.id = picked.id""";

    private static final String DELETE = """
            DELETE FROM members m USING picked WHERE m.organization_id = :tenant AND m.id = picked.id""";

    private final MemberRows rows;
    private final ExpiredRows expired;

    PostgresMemberRepository(MemberRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public void add(TenantId tenant, Member member) {
        rows.insert(MemberMapper.row(tenant, member));
    }

    @Override
    public Optional<Member> find(TenantId tenant, MemberId id) {
        return rows.find(tenant.value(), id.value()).map(MemberMapper::member);
    }

    @Override
    public Optional<Member> findActiveByEmail(TenantId tenant, Email email) {
        return rows.findActiveByEmail(tenant.value(), email.value()).map(MemberMapper::member);
    }

    @Override
    public List<Member> findActive(TenantId tenant) {
        return rows.findActive(tenant.value()).stream().map(MemberMapper::member).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Member member) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), member.id().value()),
                member.persistedVersion(), () -> rows.update(MemberMapper.row(tenant, member)));
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "members", condition(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        String change = expiry.category() == RetentionCategory.DELETED_MEMBERS ? DELETE : ANONYMIZE;
        return expired.update(tenant, expiry, PICKED.formatted(condition(expiry)) + change);
    }

    private static String condition(Expiry expiry) {
        switch (expiry.category()) {
            case INACTIVE_MEMBERS:
                return "status <> 'ANONYMIZED' AND NOT (status = 'ACTIVE' AND role = 'OWNER')"
                        + " AND coalesce(last_sign_in_at, joined_at) < :cutoff AND NOT id = ANY (:members)";
            case DELETED_MEMBERS:
                return "deletion_requested_at < :cutoff AND NOT id = ANY (:members)";
            case TENANT_DATA:
                return "status <> 'ANONYMIZED' AND NOT id = ANY (:members)";
            default:
                throw new IllegalArgumentException("Members hold no " + expiry.category());
        }
    }
}
