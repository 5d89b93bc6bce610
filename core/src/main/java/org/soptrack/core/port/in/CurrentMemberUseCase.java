package org.soptrack.core.port.in;

import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * Who the caller is now: the member as stored (current role and rooftops), if still active and signed in. Every use
 * case answers {@value #SIGNED_OUT} to a caller who is not: removed, logged out, or whose session ended.
 */
public interface CurrentMemberUseCase {

    String SIGNED_OUT = "signed-out";

    Outcome<MemberActor> current(MemberActor actor);
}
