package org.soptrack.core.port.in;

import java.time.Instant;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;

/**
 * A forgotten password (R-SEC-8). Asking sends each account of the address that has a password here a link valid for
 * 30 minutes, at most {@value #PER_HOUR} an hour per account; the answer is the same whether or not the address is
 * known. The link sets a new password once: every session of the member ends, every trusted device is revoked, a
 * lockout ends, the member is told. A link that is unknown, used, expired or of another kind is {@value #LINK_INVALID}.
 */
public interface PasswordResetUseCase {

    String LINK_INVALID = "link-invalid";
    int PER_HOUR = 3;

    /** When the request was taken; nothing in it tells whether a link went out. */
    record Requested(Instant at) {
    }

    Outcome<Requested> request(Email email, LogInUseCase.Client client);

    /** The number of sessions that ended. */
    Outcome<Integer> reset(String token, Password newPassword, LogInUseCase.Client client);
}
