package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.LoginFailures;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Password hashes on PostgreSQL, one row per member. */
@Singleton
public final class PostgresCredentialRepository implements CredentialRepository {

    private final CredentialRows rows;

    PostgresCredentialRepository(CredentialRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, Credential credential) {
        rows.save(row(tenant, credential));
    }

    @Override
    public Optional<Credential> find(TenantId tenant, MemberId member) {
        return rows.findByOrganizationIdAndMemberId(tenant.value(), member.value()).map(r -> Credential.reconstitute(
                new Credential.State(MemberId.of(r.memberId()), TenantId.of(r.organizationId()),
                        new PasswordHash(r.passwordHash()), r.changedAt(), new LoginFailures(r.failedAttempts(),
                        Optional.ofNullable(r.lastFailedAt()), Optional.ofNullable(r.lockedUntil()))), r.version()));
    }

    @Override
    public UpdateResult update(TenantId tenant, Credential credential) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndMemberIdForUpdate(tenant.value(),
                        credential.memberId().value()), credential.persistedVersion(),
                () -> rows.update(row(tenant, credential)));
    }

    private static CredentialRow row(TenantId tenant, Credential credential) {
        Credential.State s = credential.state();
        return new CredentialRow(tenant.value(), s.memberId().value(), s.hash().encoded(), s.changedAt(),
                s.failures().count(), Columns.orNull(s.failures().lastFailedAt()),
                Columns.orNull(s.failures().lockedUntil()), credential.version());
    }
}
