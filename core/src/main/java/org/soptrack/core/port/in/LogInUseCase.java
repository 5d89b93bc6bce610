package org.soptrack.core.port.in;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Built-in login (R-SEC-1, R-SEC-3, R-SEC-7): an e-mail address and a password start a session, at once or after a
 * second factor ({@link CompleteSignInUseCase}). Without an organization the password is checked in every organization
 * where the address belongs to a member (at most {@code TenantDirectoryPort.MAX_MEMBERSHIPS}); one match signs in
 * there, several answer with a choice ({@link ChooseOrganizationUseCase}). The organization may be given as a hint. A
 * device token from an earlier login on a trusted device skips the second factor. An unknown organization or address,
 * a removed member, a locked account and a wrong password all get the same {@code login-failed} answer, after as many
 * password checks whatever the address.
 */
public interface LogInUseCase {

    String FAILED = "login-failed";

    Outcome<SignIn> logIn(Command command);

    record Command(Optional<TenantId> organization, Email email, Password password, Client client,
                   Optional<String> deviceToken) {
        public Command {
            Require.present("organization", organization);
            Require.present("email", email);
            Require.present("password", password);
            Require.present("client", client);
            Require.present("deviceToken", deviceToken);
        }

        public Command(TenantId organization, Email email, Password password, Client client) {
            this(Optional.of(organization), email, password, client, Optional.empty());
        }

        public Command(TenantId organization, Email email, Password password) {
            this(organization, email, password, Client.UNKNOWN);
        }

        /** By address alone: the organizations come from the address. */
        public Command(Email email, Password password, Client client) {
            this(Optional.empty(), email, password, client, Optional.empty());
        }

        @Override
        public String toString() {
            return "LogIn[" + organization + ", " + email + "]";
        }
    }

    /** Where an attempt came from, for the security log (R-SEC-5); both are cut to 200 characters. */
    record Client(String address, String userAgent) {
        public static final Client UNKNOWN = new Client("unknown", "unknown");

        public Client {
            address = cut(address);
            userAgent = cut(userAgent);
        }

        /** The client as the security log records it, with {@code more} details of the event. */
        public Map<String, String> details(Map<String, String> more) {
            Map<String, String> details = new HashMap<>(more);
            details.put("address", address);
            details.put("userAgent", userAgent);
            return Map.copyOf(details);
        }

        private static String cut(String text) {
            String t = text == null || text.isBlank() ? "unknown" : text.strip().replaceAll("\\p{Cntrl}", "?");
            return t.length() > 200 ? t.substring(0, 200) : t;
        }
    }
}
