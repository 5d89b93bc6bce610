package org.soptrack.core.port.in;

import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * Built-in login (R-SEC-1): an organization, an e-mail address and a password give the member's principal. An unknown
 * organization or address, a removed member and a wrong password all get the same {@code login-failed} answer.
 */
public interface LogInUseCase {

    String FAILED = "login-failed";

    Outcome<MemberActor> logIn(Command command);

    record Command(TenantId organization, Email email, Password password, Client client) {
        public Command {
            Require.present("organization", organization);
            Require.present("email", email);
            Require.present("password", password);
            Require.present("client", client);
        }

        public Command(TenantId organization, Email email, Password password) {
            this(organization, email, password, Client.UNKNOWN);
        }
    }

    /** Where an attempt came from, for the security log (R-SEC-5); both are cut to 200 characters. */
    record Client(String address, String userAgent) {
        public static final Client UNKNOWN = new Client("unknown", "unknown");

        public Client {
            address = cut(address);
            userAgent = cut(userAgent);
        }

        private static String cut(String text) {
            String t = text == null || text.isBlank() ? "unknown" : text.strip().replaceAll("\\p{Cntrl}", "?");
            return t.length() > 200 ? t.substring(0, 200) : t;
        }
    }
}
