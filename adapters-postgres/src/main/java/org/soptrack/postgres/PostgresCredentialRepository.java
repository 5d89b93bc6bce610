package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.LoginFailures;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.security.SecondFactor;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.PhoneNumber;
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
                        Optional.ofNullable(r.lastFailedAt()), Optional.ofNullable(r.lockedUntil())),
                        new SecondFactor(Optional.ofNullable(r.mfaMethod()).map(MfaMethod::valueOf),
                                Optional.ofNullable(r.mfaPhone()).map(PhoneNumber::of),
                                Optional.ofNullable(r.totpKey()), Optional.ofNullable(r.pendingTotpKey()),
                                r.lastTotpStep())), r.version()));
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
                Columns.orNull(s.failures().lockedUntil()), s.secondFactor().method().map(Enum::name).orElse(null),
                s.secondFactor().phone().map(PhoneNumber::value).orElse(null),
                Columns.orNull(s.secondFactor().totpKey()), Columns.orNull(s.secondFactor().pendingTotpKey()),
                s.secondFactor().lastTotpStep(), credential.version());
    }
}
