package org.soptrack.core.port.in;

import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * A member's own profile (R-SEC-8): their name and e-mail address, and their password. A password change needs the
 * current password and ends the member's other sessions. A new address is asked for with the password (unless the
 * member signs in through the identity provider) and changes only when the link sent to it is opened within a day;
 * the old address is told at once. At most {@value PasswordResetUseCase#PER_HOUR} such links an hour per account.
 * Every change is audited, and every message goes through the outbox.
 */
public interface OwnProfileUseCase {

    /** Another active member of the organization has the address. */
    String EMAIL_TAKEN = "email-taken";
    /** Too many links sent to this account in the last hour. */
    String TOO_MANY_LINKS = "too-many-links";

    record Profile(MemberId memberId, TenantId tenantId, String organizationName, Email email, String displayName,
                   Role role, RooftopScope rooftops, boolean hasPassword) {
    }

    /** Until when the link sent to {@code newEmail} works. */
    record EmailChangeRequested(Email newEmail, Instant expiresAt) {
    }

    Outcome<Profile> profile(MemberActor actor);

    Outcome<Profile> rename(MemberActor actor, String displayName);

    /** The number of the member's other sessions that ended. */
    Outcome<Integer> changePassword(MemberActor actor, Password current, Password next);

    Outcome<EmailChangeRequested> requestEmailChange(MemberActor actor, Email newEmail,
                                                     Optional<Password> currentPassword);

    /** Opens the link sent to the new address; no sign-in needed, the link is the proof. */
    Outcome<Profile> confirmEmailChange(String token);
}
