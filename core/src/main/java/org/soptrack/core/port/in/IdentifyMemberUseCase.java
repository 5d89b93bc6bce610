package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * The principal for a login that happened elsewhere (R-SEC-1): an identity provider vouched for an e-mail address in
 * an organization, and this names the active member with that address, with the role and rooftops soptrack keeps.
 * The provider's own role claims count for nothing. An unknown organization or address, or a removed member, gets
 * {@value #UNKNOWN}.
 */
public interface IdentifyMemberUseCase {

    String UNKNOWN = "unknown-member";

    Outcome<MemberActor> byEmail(TenantId organization, Email email);
}
