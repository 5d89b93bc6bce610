package org.soptrack.server.http;

import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.server.security.IdentityProviderSettings;

/**
 * The password a new member sets at signup or when accepting an invitation: required, unless the deployment has an
 * identity provider, whose members may sign in there only and leave it out (then they have no password here).
 */
final class NewPassword {

    private NewPassword() {
    }

    static Optional<Password> read(String field, String text, IdentityProviderSettings provider) {
        Optional<Password> password = Input.optional(field, text, Password::new);
        if (password.isEmpty() && !provider.configured()) {
            throw new InvalidValueException(field, "is required");
        }
        return password;
    }
}
