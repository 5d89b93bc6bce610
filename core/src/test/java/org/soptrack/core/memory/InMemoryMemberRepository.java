package org.soptrack.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/**
 * In-memory {@link MemberRepository}; like the database, refuses a second active member with the same e-mail. Its
 * retention removes an account's credential, sessions, trusted devices and e-mailed links from their stores as well.
 */
public final class InMemoryMemberRepository implements MemberRepository {

    private final AggregateStore<MemberId, Member, Member.State> store;
    private final InMemoryCredentialRepository credentials;
    private final InMemorySessionRepository sessions;
    private final InMemoryTrustedDeviceRepository devices;
    private final InMemoryAccountTokenRepository links;

    public InMemoryMemberRepository(InMemoryTransactions tx, InMemoryCredentialRepository credentials,
                                    InMemorySessionRepository sessions, InMemoryTrustedDeviceRepository devices,
                                    InMemoryAccountTokenRepository links) {
        this.store = new AggregateStore<>(tx, Member::id, Member::reconstitute);
        this.credentials = credentials;
        this.sessions = sessions;
        this.devices = devices;
        this.links = links;
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

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return store.countWhere(tenant, expired(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        Predicate<Member.State> expired = expired(expiry);
        List<Member> batch = store.all(tenant).filter(m -> expired.test(m.state())).limit(expiry.batchSize()).toList();
        for (Member member : batch) {
            credentials.store().deleteWhere(tenant, c -> c.memberId().equals(member.id()), Integer.MAX_VALUE);
            sessions.retainedStore().deleteWhere(tenant, s -> s.memberId().equals(member.id()), Integer.MAX_VALUE);
            devices.retainedStore().deleteWhere(tenant, d -> d.memberId().equals(member.id()), Integer.MAX_VALUE);
            links.retainedStore().deleteWhere(tenant, t -> t.memberId().equals(member.id()), Integer.MAX_VALUE);
            if (expiry.category() == RetentionCategory.DELETED_MEMBERS) {
                store.deleteWhere(tenant, s -> s.id().equals(member.id()), 1);
            } else {
                member.anonymize();
                store.update(tenant, member);
            }
        }
        return batch.size();
    }

    private static Predicate<Member.State> expired(Expiry expiry) {
        Predicate<Member.State> notHeld = s -> !expiry.heldMembers().contains(s.id().value());
        switch (expiry.category()) {
            case INACTIVE_MEMBERS:
                return notHeld.and(s -> s.status() != MemberStatus.ANONYMIZED
                        && !(s.status() == MemberStatus.ACTIVE && s.role() == Role.OWNER)
                        && s.lastSignInAt().orElse(s.joinedAt()).isBefore(expiry.cutoff()));
            case DELETED_MEMBERS:
                return notHeld.and(s -> s.deletionRequestedAt().filter(at -> at.isBefore(expiry.cutoff())).isPresent());
            case TENANT_DATA:
                return notHeld.and(s -> s.status() != MemberStatus.ANONYMIZED);
            default:
                throw new IllegalArgumentException("Members hold no " + expiry.category());
        }
    }

    /** The tenants where {@code email} is an active member's address: a read across tenants, ids only. */
    java.util.Set<TenantId> tenantsWithActive(Email email) {
        return store.tenantsWhere(s -> s.email().equals(email) && s.status() == MemberStatus.ACTIVE);
    }

    AggregateStore<MemberId, Member, Member.State> store() {
        return store;
    }
}
