package org.soptrack.core.port.in;

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
    record Command(String organizationName, Rooftop.Details firstRooftop, Email ownerEmail, String ownerName) {
        public Command {
            organizationName = Require.text("organizationName", organizationName, 200);
            Require.present("firstRooftop", firstRooftop);
            Require.present("ownerEmail", ownerEmail);
            ownerName = Require.text("ownerName", ownerName, 120);
        }
    }

    /** The ids the new organization got. */
    record SignedUp(TenantId organizationId, RooftopId rooftopId, MemberId ownerId) {
    }
}
