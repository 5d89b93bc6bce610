package org.soptrack.core.memory;

import java.util.Optional;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.CredentialRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Credentials in memory, keyed by member. */
public final class InMemoryCredentialRepository implements CredentialRepository {

    private final AggregateStore<MemberId, Credential, Credential.State> store;

    public InMemoryCredentialRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Credential::memberId, Credential::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Credential credential) {
        if (store.find(tenant, credential.memberId()).isPresent()) {
            throw new IllegalStateException("The member has a credential already");
        }
        store.add(tenant, credential);
    }

    @Override
    public Optional<Credential> find(TenantId tenant, MemberId member) {
        return store.find(tenant, member);
    }

    @Override
    public UpdateResult update(TenantId tenant, Credential credential) {
        return store.update(tenant, credential);
    }

    AggregateStore<MemberId, Credential, Credential.State> store() {
        return store;
    }
}
