package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.shared.Require;

/**
 * The second step of a sign-in whose password opened the address in several organizations (R-SEC-7): the choice token
 * of one of them goes on with the sign-in there, as a login naming that organization would after the right password:
 * a session, or a second factor first. A token works once and within its validity; anything else is
 * {@code login-failed}.
 */
public interface ChooseOrganizationUseCase {

    Outcome<SignIn> choose(Command command);

    record Command(String choiceToken, LogInUseCase.Client client, Optional<String> deviceToken) {
        public Command {
            Require.present("choiceToken", choiceToken);
            Require.present("client", client);
            Require.present("deviceToken", deviceToken);
        }

        @Override
        public String toString() {
            return "ChooseOrganization[]";
        }
    }
}
