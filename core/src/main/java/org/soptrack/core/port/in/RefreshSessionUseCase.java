package org.soptrack.core.port.in;

/**
 * Renews a session with its refresh token (R-SEC-4a): the answer carries the member's current role and rooftops and a
 * new refresh token; the old one is spent. Presenting a spent refresh token ends the session, since only a copy of
 * it can be in use. An ended, expired or unknown session gets {@code session-ended}.
 */
public interface RefreshSessionUseCase {

    String ENDED = "session-ended";

    Outcome<SignIn.SignedIn> refresh(String refreshToken);
}
