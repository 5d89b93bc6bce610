package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * Operator access grants on PostgreSQL, stored inside the tenant they open: an operator can only find a grant in a
 * transaction for that tenant, so operator reads go through the same Row-Level Security as everyone's.
 */
@Singleton
public final class PostgresOperatorAccessGrantRepository implements OperatorAccessGrantRepository {

    private final GrantRows rows;
    private final ExpiredRows expired;

    PostgresOperatorAccessGrantRepository(GrantRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public void add(TenantId tenant, OperatorAccessGrant grant) {
        rows.save(row(tenant, grant));
    }

    @Override
    public Optional<OperatorAccessGrant> find(TenantId tenant, GrantId id) {
        return rows.findByOrganizationIdAndId(tenant.value(), id.value()).map(PostgresOperatorAccessGrantRepository::grant);
    }

    @Override
    public List<OperatorAccessGrant> findActive(TenantId tenant, OperatorId operator, Instant now) {
        return rows.findByOrganizationIdAndOperatorIdAndExpiresAtGreaterThan(tenant.value(), operator.value(), now)
                .stream().map(PostgresOperatorAccessGrantRepository::grant).filter(g -> g.isActiveAt(now)).toList();
    }

    @Override
    public List<OperatorAccessGrant> findAll(TenantId tenant) {
        return rows.findAll(tenant.value()).stream().map(PostgresOperatorAccessGrantRepository::grant).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, OperatorAccessGrant grant) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), grant.id().value()),
                grant.persistedVersion(), () -> rows.update(row(tenant, grant)));
    }

    private static GrantRow row(TenantId tenant, OperatorAccessGrant grant) {
        OperatorAccessGrant.State s = grant.state();
        return new GrantRow(tenant.value(), s.id().value(), s.operator().value(), s.reason(), s.scope().name(),
                s.openedAt(), s.expiresAt(), Columns.orNull(s.closedAt()),
                s.closedBy().map(a -> a.kind().name()).orElse(null), s.closedBy().map(a -> a.id()).orElse(null),
                grant.version());
    }

    private static OperatorAccessGrant grant(GrantRow row) {
        return OperatorAccessGrant.reconstitute(new OperatorAccessGrant.State(new GrantId(row.id()),
                TenantId.of(row.organizationId()), OperatorId.of(row.operatorId()), row.reason(),
                GrantScope.valueOf(row.scope()), row.openedAt(), row.expiresAt(), Optional.ofNullable(row.closedAt()),
                Columns.actor(Optional.ofNullable(row.closedByKind()), Optional.ofNullable(row.closedById()))),
                row.version());
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "operator_access_grants", condition(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return expired.delete(tenant, expiry, "operator_access_grants", condition(expiry));
    }

    private static String condition(Expiry expiry) {
        if (expiry.category() != RetentionCategory.OPERATOR_AUDIT) {
            throw new IllegalArgumentException("Operator grants hold no " + expiry.category());
        }
        return "COALESCE(closed_at, expires_at) < :cutoff";
    }
}
