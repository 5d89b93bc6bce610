package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;

/** Stores members; an e-mail address belongs to at most one active member per organization. */
public interface MemberRepository {

    void add(TenantId tenant, Member member);

    Optional<Member> find(TenantId tenant, MemberId id);

    Optional<Member> findActiveByEmail(TenantId tenant, Email email);

    /** Active members of the tenant, by e-mail. */
    List<Member> findActive(TenantId tenant);

    UpdateResult update(TenantId tenant, Member member);
}
