package org.soptrack.core.port.in;

import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * Ends the caller's session, or every session of the caller (R-SEC-4a); access tokens of an ended session are refused
 * at once and its refresh token no longer works. Tokens from an identity provider have no session here
 * ({@code no-session}). The answer is how many sessions ended.
 */
public interface LogOutUseCase {

    String NO_SESSION = "no-session";

    Outcome<Integer> logOut(MemberActor actor, boolean everywhere);
}
