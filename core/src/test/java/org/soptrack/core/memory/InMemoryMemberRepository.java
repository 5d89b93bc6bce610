package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/** In-memory {@link MemberRepository}; like the database, refuses a second active member with the same e-mail. */
public final class InMemoryMemberRepository implements MemberRepository {

    private final AggregateStore<MemberId, Member, Member.State> store;

    public InMemoryMemberRepository(InMemoryTransactions tx) {
        store = new AggregateStore<>(tx, Member::id, Member::reconstitute);
    }

    @Override
    public void add(TenantId tenant, Member member) {
        if (member.isActive() && findActiveByEmail(tenant, member.email()).isPresent()) {
            throw new IllegalStateException("Duplicate active member e-mail");
        }
        store.add(tenant, member);
    }

    @Override
    public Optional<Member> find(TenantId tenant, MemberId id) {
        return store.find(tenant, id);
    }

    @Override
    public Optional<Member> findActiveByEmail(TenantId tenant, Email email) {
        return store.all(tenant).filter(m -> m.isActive() && m.email().equals(email)).findFirst();
    }

    @Override
    public List<Member> findActive(TenantId tenant) {
        return store.all(tenant).filter(Member::isActive).sorted(Comparator.comparing(m -> m.email().value())).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Member member) {
        return store.update(tenant, member);
    }
}
