package org.soptrack.core.service;

import java.time.Duration;
import org.soptrack.core.domain.security.LockoutPolicy;
import org.soptrack.core.domain.security.PasswordPolicy;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.Invitation;

/** Deployment-wide settings of the use cases. */
public record CoreSettings(Duration invitationValidity, Duration maxOperatorGrant, PasswordPolicy passwords,
                           LockoutPolicy lockout, SessionPolicy sessions) {

    public static final CoreSettings DEFAULTS = new CoreSettings(Invitation.DEFAULT_VALIDITY, Duration.ofHours(8),
            PasswordPolicy.defaults(), LockoutPolicy.defaults(), SessionPolicy.defaults());

    public CoreSettings(Duration invitationValidity, Duration maxOperatorGrant, PasswordPolicy passwords) {
        this(invitationValidity, maxOperatorGrant, passwords, LockoutPolicy.defaults(), SessionPolicy.defaults());
    }

    public CoreSettings withPasswords(PasswordPolicy policy) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, policy, lockout, sessions);
    }

    public CoreSettings withSessions(SessionPolicy policy) {
        return new CoreSettings(invitationValidity, maxOperatorGrant, passwords, lockout, policy);
    }

    public CoreSettings {
        Require.positive("invitationValidity", invitationValidity);
        Require.positive("maxOperatorGrant", maxOperatorGrant);
        Require.present("passwords", passwords);
        Require.present("lockout", lockout);
        Require.present("sessions", sessions);
    }
}
