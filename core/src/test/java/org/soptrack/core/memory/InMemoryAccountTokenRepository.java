package org.soptrack.core.memory;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.AccountToken;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AccountTokenRepository;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.UpdateResult;

/** E-mailed account links in memory. */
public final class InMemoryAccountTokenRepository implements AccountTokenRepository,
        InMemoryRetained<AccountToken.State> {

    private final AggregateStore<UUID, AccountToken, AccountToken.State> store;

    public InMemoryAccountTokenRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, AccountToken::id, AccountToken::reconstitute);
    }

    @Override
    public void add(TenantId tenant, AccountToken token) {
        store.add(tenant, token);
    }

    @Override
    public Optional<AccountToken> find(TenantId tenant, UUID id) {
        return store.find(tenant, id);
    }

    @Override
    public int countRequestedSince(TenantId tenant, MemberId member, AccountToken.Purpose purpose, Instant since) {
        return (int) store.countWhere(tenant, t -> t.memberId().equals(member) && t.purpose() == purpose
                && !t.requestedAt().isBefore(since));
    }

    @Override
    public UpdateResult update(TenantId tenant, AccountToken token) {
        return store.update(tenant, token);
    }

    @Override
    public AggregateStore<?, ?, AccountToken.State> retainedStore() {
        return store;
    }

    @Override
    public Predicate<AccountToken.State> expired(Expiry expiry) {
        if (expiry.category() != RetentionCategory.SECURITY_LOG) {
            throw new IllegalArgumentException("Account links hold no " + expiry.category());
        }
        return t -> t.requestedAt().isBefore(expiry.cutoff()) && !expiry.heldMembers().contains(t.memberId().value());
    }
}
