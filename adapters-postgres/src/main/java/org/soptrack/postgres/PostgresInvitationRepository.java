package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Invitations on PostgreSQL; only their status and closing time ever change. */
@Singleton
public final class PostgresInvitationRepository implements InvitationRepository {

    private final InvitationRows rows;

    PostgresInvitationRepository(InvitationRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, Invitation invitation) {
        rows.insert(InvitationMapper.row(tenant, invitation));
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, InvitationId id) {
        return rows.find(tenant.value(), id.value()).map(InvitationMapper::invitation);
    }

    @Override
    public List<Invitation> findPending(TenantId tenant) {
        return rows.findPending(tenant.value()).stream().map(InvitationMapper::invitation).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Invitation invitation) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(),
                        invitation.id().value()), invitation.persistedVersion(),
                () -> rows.update(InvitationMapper.row(tenant, invitation)));
    }
}
