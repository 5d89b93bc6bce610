package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Member;

/**
 * Stores members; an e-mail address belongs to at most one active member per organization. As a retention store it
 * serves {@code INACTIVE_MEMBERS} (anonymizes accounts whose {@link Member#inactiveSince()} is before the cutoff,
 * except active owners and those already anonymized) and {@code DELETED_MEMBERS} (deletes accounts whose deletion was
 * requested before the cutoff), and {@code TENANT_DATA} for an organization being purged (anonymizes every account,
 * owners' included). Either way the account's credential, sessions, trusted devices and e-mailed links are deleted with it; held
 * members are skipped.
 */
public interface MemberRepository extends RetainedRecordsPort {

    void add(TenantId tenant, Member member);

    Optional<Member> find(TenantId tenant, MemberId id);

    Optional<Member> findActiveByEmail(TenantId tenant, Email email);

    /** Active members of the tenant, by e-mail. */
    List<Member> findActive(TenantId tenant);

    UpdateResult update(TenantId tenant, Member member);
}
