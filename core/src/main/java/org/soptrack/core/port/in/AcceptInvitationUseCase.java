package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Member;

/** Turns an invitation into a membership, for the person signed in with the invited e-mail address. */
public interface AcceptInvitationUseCase {

    Outcome<Member> accept(Command command);

    /** The token from the e-mail and who is accepting it (their verified e-mail address). */
    record Command(String token, Email email, String displayName, Optional<Password> password) {
        public Command {
            Require.present("token", token);
            Require.present("email", email);
            displayName = Require.text("displayName", displayName, 120);
            Require.present("password", password);
        }

        /** Accepting without a password, for members who log in through an identity provider. */
        public Command(String token, Email email, String displayName) {
            this(token, email, displayName, Optional.empty());
        }

        @Override
        public String toString() {
            return "Command[email=" + email + "]";
        }
    }
}
