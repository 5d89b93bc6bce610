package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.MemberActor;

/**
 * A member's own second factor and trusted devices (R-SEC-3). Every change of method needs the current password
 * again ({@code reauthentication-failed} otherwise, counted like a failed login); confirming a TOTP key needs a code
 * from the app. Members without a password (identity-provider logins) get {@code no-password}.
 */
public interface SecondFactorSettingsUseCase {

    String REAUTHENTICATION_FAILED = "reauthentication-failed";
    String NO_PASSWORD = "no-password";
    String NO_PENDING_KEY = "no-pending-totp-key";

    Outcome<Status> status(MemberActor actor);

    /** One-time codes by e-mail, or by SMS to {@code phone}. */
    Outcome<Status> useCodes(MemberActor actor, Password current, MfaMethod method, Optional<PhoneNumber> phone);

    /** A new authenticator key, pending until {@link #confirmTotp} proves the app has it. */
    Outcome<TotpEnrollment> startTotp(MemberActor actor, Password current);

    Outcome<Status> confirmTotp(MemberActor actor, String code);

    /** Back to password only (or e-mail codes, where the organization requires MFA); trusted devices are revoked. */
    Outcome<Status> turnOff(MemberActor actor, Password current);

    Outcome<Status> revokeDevice(MemberActor actor, TrustedDeviceId device);

    /**
     * The member's settings: the chosen method (empty: none), the one logins must pass given the organization's
     * requirement, the SMS number, whether a TOTP key awaits confirmation, and the trusted devices.
     */
    record Status(Optional<MfaMethod> method, Optional<MfaMethod> effective, boolean organizationRequiresMfa,
                  Optional<PhoneNumber> phone, boolean totpPending, List<Device> trustedDevices) {
    }

    record Device(TrustedDeviceId id, String label, Instant trustedAt, Instant lastUsedAt) {
    }

    /** The key to enter in the authenticator app, as Base32 and as an {@code otpauth://} URI for a QR code. */
    record TotpEnrollment(String key, String uri) {
        @Override
        public String toString() {
            return "TotpEnrollment[hidden]";
        }
    }
}
