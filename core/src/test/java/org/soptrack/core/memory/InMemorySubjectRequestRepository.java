package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.SubjectRequestRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Data-subject requests in memory. */
public final class InMemorySubjectRequestRepository implements SubjectRequestRepository {

    private final AggregateStore<SubjectRequestId, SubjectRequest, SubjectRequest.State> store;

    public InMemorySubjectRequestRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, SubjectRequest::id, SubjectRequest::reconstitute);
    }

    @Override
    public void add(TenantId tenant, SubjectRequest request) {
        store.add(tenant, request);
    }

    @Override
    public Optional<SubjectRequest> find(TenantId tenant, SubjectRequestId id) {
        return store.find(tenant, id);
    }

    @Override
    public List<SubjectRequest> findOpen(TenantId tenant) {
        return store.all(tenant).filter(SubjectRequest::open)
                .sorted(Comparator.comparing(SubjectRequest::dueOn).thenComparing(r -> r.id().value(),
                        UnsignedUuidOrder.ORDER)).toList();
    }

    @Override
    public List<SubjectRequest> findAll(TenantId tenant) {
        return store.all(tenant).sorted(Comparator.comparing((SubjectRequest r) -> r.state().recordedAt())
                .reversed().thenComparing(r -> r.id().value(), UnsignedUuidOrder.ORDER)).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, SubjectRequest request) {
        return store.update(tenant, request);
    }

    AggregateStore<SubjectRequestId, SubjectRequest, SubjectRequest.State> store() {
        return store;
    }
}
