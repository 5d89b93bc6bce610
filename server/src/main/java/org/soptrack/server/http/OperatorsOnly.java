package org.soptrack.server.http;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/**
 * The gate of the platform operators' routes. A member's token there is refused like anywhere else a role is not
 * enough (403) while its session lives, and like any token of an ended session (401 {@code signed-out}) once it ended,
 * so a client learns to sign in again rather than that it lacks a permission.
 */
@Singleton
final class OperatorsOnly {

    private final CurrentMemberUseCase current;

    OperatorsOnly(CurrentMemberUseCase current) {
        this.current = current;
    }

    /** The operator the token names, or a {@link ProblemException}; {@code what} completes "Only platform operators …". */
    OperatorId require(Authentication authentication, String what) {
        Optional<OperatorId> operator = Principals.operator(authentication);
        if (operator.isPresent()) {
            return operator.get();
        }
        memberStillSignedIn(authentication);
        throw new ProblemException(Problem.of("forbidden", "Forbidden", 403, "Only platform operators " + what));
    }

    private void memberStillSignedIn(Authentication authentication) {
        MemberActor member;
        try {
            member = Principals.member(authentication);
        } catch (Principals.UnrecognizedTokenException e) {
            return; // an operator's token for one organization: signed in, just not here
        }
        Outcome<MemberActor> now = current.current(member);
        if (!now.isOk()) {
            throw new ProblemException(Problems.of(now));
        }
    }
}
