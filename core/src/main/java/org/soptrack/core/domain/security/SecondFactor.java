package org.soptrack.core.domain.security;

import java.util.Optional;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;

/**
 * A member's second-factor settings: the chosen method (none: password only, unless the organization requires MFA),
 * the phone number for SMS codes, the TOTP key in use and one waiting to be confirmed, and the last TOTP time step
 * accepted, so a code is never accepted twice.
 */
public record SecondFactor(Optional<MfaMethod> method, Optional<PhoneNumber> phone, Optional<String> totpKey,
                           Optional<String> pendingTotpKey, long lastTotpStep) {

    public static final SecondFactor NONE = new SecondFactor(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), 0);

    public SecondFactor {
        Require.present("method", method);
        Require.present("phone", phone);
        Require.present("totpKey", totpKey);
        Require.present("pendingTotpKey", pendingTotpKey);
        if (method.filter(m -> m == MfaMethod.SMS_CODE).isPresent() && phone.isEmpty()) {
            throw new InvalidValueException("phone", "is required for SMS codes");
        }
        if (method.filter(m -> m == MfaMethod.TOTP).isPresent() && totpKey.isEmpty()) {
            throw new InvalidValueException("method", "TOTP needs a confirmed authenticator key");
        }
    }

    /** The method a login must pass: the member's own, or e-mail codes when the organization requires MFA. */
    public Optional<MfaMethod> required(boolean organizationRequiresMfa) {
        return method.or(() -> organizationRequiresMfa ? Optional.of(MfaMethod.EMAIL_CODE) : Optional.empty());
    }

    public SecondFactor withCodes(MfaMethod codes, Optional<PhoneNumber> phoneNumber) {
        if (!codes.sendsCode()) {
            throw new IllegalArgumentException(codes + " does not send codes");
        }
        return new SecondFactor(Optional.of(codes), codes == MfaMethod.SMS_CODE ? phoneNumber : Optional.empty(),
                Optional.empty(), Optional.empty(), lastTotpStep);
    }

    public SecondFactor withPendingTotp(String key) {
        return new SecondFactor(method, phone, totpKey, Optional.of(key), lastTotpStep);
    }

    /** The pending key becomes the one in use; {@code step} is the time step of the code that confirmed it. */
    public SecondFactor confirmTotp(long step) {
        String key = pendingTotpKey.orElseThrow(() -> new IllegalStateException("no TOTP key is pending"));
        return new SecondFactor(Optional.of(MfaMethod.TOTP), Optional.empty(), Optional.of(key), Optional.empty(),
                step);
    }

    public SecondFactor withTotpStep(long step) {
        return new SecondFactor(method, phone, totpKey, pendingTotpKey, step);
    }

    @Override
    public String toString() {
        return "SecondFactor[" + method.map(Enum::name).orElse("NONE") + "]";
    }
}
