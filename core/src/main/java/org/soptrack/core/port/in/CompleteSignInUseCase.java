package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.Require;

/**
 * The second step of a login that needs a second factor (R-SEC-3): the challenge token of that login attempt and the
 * code (sent by e-mail or SMS, or from the authenticator app). A code works once, only for the attempt that asked for
 * it and only within its validity; wrong codes count towards the account's lockout and end the attempt at the
 * policy's limit. {@code trustDevice} remembers the device so later logins skip the second factor.
 */
public interface CompleteSignInUseCase {

    String FAILED = "second-factor-failed";

    Outcome<SignIn.SignedIn> complete(Command command);

    record Command(String challengeToken, String code, boolean trustDevice, LogInUseCase.Client client) {
        public Command {
            Require.present("challengeToken", challengeToken);
            Require.present("code", code);
            Require.present("client", client);
        }

        @Override
        public String toString() {
            return "CompleteSignIn[trustDevice=" + trustDevice + "]";
        }
    }
}
