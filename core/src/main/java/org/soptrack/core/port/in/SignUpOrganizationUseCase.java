package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Rooftop;

/** Signs up a dealer group: its organization, first rooftop and first owner in one step (R-TEN-6). */
public interface SignUpOrganizationUseCase {

    Outcome<SignedUp> signUp(Command command);

    /** What the signup form says. */
    record Command(String organizationName, Rooftop.Details firstRooftop, Email ownerEmail, String ownerName,
                   Optional<Password> ownerPassword) {
        public Command {
            organizationName = Require.text("organizationName", organizationName, 200);
            Require.present("firstRooftop", firstRooftop);
            Require.present("ownerEmail", ownerEmail);
            ownerName = Require.text("ownerName", ownerName, 120);
            Require.present("ownerPassword", ownerPassword);
        }

        /** A signup without a password, for deployments whose members log in through an identity provider. */
        public Command(String organizationName, Rooftop.Details firstRooftop, Email ownerEmail, String ownerName) {
            this(organizationName, firstRooftop, ownerEmail, ownerName, Optional.empty());
        }
    }

    /** The ids the new organization got. */
    record SignedUp(TenantId organizationId, RooftopId rooftopId, MemberId ownerId) {
    }
}
