package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;

/** Stores invitations (with the hash of their token, never the token). */
public interface InvitationRepository {

    void add(TenantId tenant, Invitation invitation);

    Optional<Invitation> find(TenantId tenant, InvitationId id);

    /** Invitations still stored as pending (some may have expired), oldest first. */
    List<Invitation> findPending(TenantId tenant);

    UpdateResult update(TenantId tenant, Invitation invitation);
}
