package org.soptrack.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link OperatorAccessGrantRepository}. */
public final class InMemoryOperatorAccessGrantRepository implements OperatorAccessGrantRepository,
        InMemoryRetained<OperatorAccessGrant.State> {

    private final AggregateStore<GrantId, OperatorAccessGrant, OperatorAccessGrant.State> store;

    public InMemoryOperatorAccessGrantRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, OperatorAccessGrant::id, OperatorAccessGrant::reconstitute);
    }

    @Override
    public void add(TenantId tenant, OperatorAccessGrant grant) {
        store.add(tenant, grant);
    }

    @Override
    public Optional<OperatorAccessGrant> find(TenantId tenant, GrantId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<OperatorAccessGrant> findActive(TenantId tenant, OperatorId operator, Instant now) {
        return store.all(tenant).filter(g -> g.operator().equals(operator) && g.isActiveAt(now)).toList();
    }

    @Override
    public List<OperatorAccessGrant> findAll(TenantId tenant) {
        return store.all(tenant).sorted(Comparator.comparing((OperatorAccessGrant g) -> g.state().openedAt()).reversed())
                .toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, OperatorAccessGrant grant) {
        return store.update(tenant, grant);
    }

    @Override
    public AggregateStore<?, ?, OperatorAccessGrant.State> retainedStore() {
        return store;
    }

    @Override
    public Predicate<OperatorAccessGrant.State> expired(Expiry expiry) {
        if (expiry.category() != RetentionCategory.OPERATOR_AUDIT) {
            throw new IllegalArgumentException("Operator grants hold no " + expiry.category());
        }
        return g -> g.closedAt().orElse(g.expiresAt()).isBefore(expiry.cutoff());
    }
}
