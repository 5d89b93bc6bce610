package org.soptrack.core.port.in;

import org.soptrack.core.domain.shared.TenantId;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.tenancy.MemberActor;

/** Where a login stands: signed in, waiting for the second factor, or for the member to choose an organization. */
public sealed interface SignIn permits SignIn.SignedIn, SignIn.SecondFactorNeeded, SignIn.ChooseOrganization {

    /**
     * Signed in: the member's principal (naming the new session), the refresh token that renews it and, when the
     * member asked to trust this device, the device token to present at later logins.
     */
    record SignedIn(MemberActor member, String refreshToken, Optional<String> deviceToken) implements SignIn {
        public SignedIn {
            Require.present("member", member);
            Require.present("refreshToken", refreshToken);
            Require.present("deviceToken", deviceToken);
            if (member.session().isEmpty()) {
                throw new IllegalArgumentException("a built-in sign-in always has a session");
            }
        }

        @Override
        public String toString() {
            return "SignedIn[" + member + "]";
        }
    }

    /**
     * The password was right and a second factor is needed: the challenge token that binds the code to this login
     * attempt, the method, where a code was sent (masked; empty for TOTP) and until when it may be answered.
     */
    record SecondFactorNeeded(String challengeToken, MfaMethod method, Optional<String> sentTo, Instant expiresAt)
            implements SignIn {
        public SecondFactorNeeded {
            Require.present("challengeToken", challengeToken);
            Require.present("method", method);
            Require.present("sentTo", sentTo);
            Require.present("expiresAt", expiresAt);
        }

        @Override
        public String toString() {
            return "SecondFactorNeeded[" + method + "]";
        }
    }

    /**
     * The password opened the address in several organizations (R-SEC-7): their names, each with a choice token that
     * goes on with the sign-in there ({@link ChooseOrganizationUseCase}), valid until {@code expiresAt}.
     */
    record ChooseOrganization(List<Choice> organizations, Instant expiresAt) implements SignIn {
        public ChooseOrganization {
            organizations = List.copyOf(Require.present("organizations", organizations));
            Require.present("expiresAt", expiresAt);
            if (organizations.size() < 2) {
                throw new IllegalArgumentException("a choice is between at least two organizations");
            }
        }

        @Override
        public String toString() {
            return "ChooseOrganization[" + organizations.size() + "]";
        }
    }

    /** One organization to choose: its id and name, and the token that signs in there. */
    record Choice(TenantId organization, String name, String choiceToken) {
        public Choice {
            Require.present("organization", organization);
            Require.present("name", name);
            Require.present("choiceToken", choiceToken);
        }

        @Override
        public String toString() {
            return "Choice[" + organization + "]";
        }
    }
}
