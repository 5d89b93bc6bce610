package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Invitation;
import org.soptrack.core.domain.tenancy.InvitationId;
import org.soptrack.core.domain.tenancy.InvitationStatus;
import org.soptrack.core.port.out.InvitationRepository;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link InvitationRepository}. */
public final class InMemoryInvitationRepository implements InvitationRepository {

    private final AggregateStore<InvitationId, Invitation, Invitation.State> store;

    public InMemoryInvitationRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Invitation::id, Invitation::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Invitation invitation) {
        store.add(tenant, invitation);
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, InvitationId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<Invitation> findPending(TenantId tenant) {
        return store.all(tenant).filter(i -> i.state().status() == InvitationStatus.PENDING)
                .sorted(Comparator.comparing(i -> i.state().createdAt())).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Invitation invitation) {
        return store.update(tenant, invitation);
    }

    AggregateStore<InvitationId, Invitation, Invitation.State> store() {
        return store;
    }
}
