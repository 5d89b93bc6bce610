package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.port.out.MemberRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Members on PostgreSQL; a partial unique index keeps one active member per e-mail address and tenant. */
@Singleton
public final class PostgresMemberRepository implements MemberRepository {

    private final MemberRows rows;

    PostgresMemberRepository(MemberRows rows) {
        this.rows = rows;
    }

    @Override
    public void add(TenantId tenant, Member member) {
        rows.insert(MemberMapper.row(tenant, member));
    }

    @Override
    public Optional<Member> find(TenantId tenant, MemberId id) {
        return rows.find(tenant.value(), id.value()).map(MemberMapper::member);
    }

    @Override
    public Optional<Member> findActiveByEmail(TenantId tenant, Email email) {
        return rows.findActiveByEmail(tenant.value(), email.value()).map(MemberMapper::member);
    }

    @Override
    public List<Member> findActive(TenantId tenant) {
        return rows.findActive(tenant.value()).stream().map(MemberMapper::member).toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Member member) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), member.id().value()),
                member.persistedVersion(), () -> rows.update(MemberMapper.row(tenant, member)));
    }
}
