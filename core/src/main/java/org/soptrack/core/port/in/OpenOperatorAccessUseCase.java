package org.soptrack.core.port.in;

import java.time.Duration;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantScope;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;

/** A platform operator opens time-boxed access to one tenant, with a written reason the tenant can read (R-TEN-5). */
public interface OpenOperatorAccessUseCase {

    Outcome<OperatorAccessGrant> open(Command command);

    /** Who, into which tenant, why, how far and for how long. */
    record Command(OperatorId operator, TenantId tenant, String reason, GrantScope scope, Duration duration) {
        public Command {
            Require.present("operator", operator);
            Require.present("tenant", tenant);
            Require.present("reason", reason);
            Require.present("scope", scope);
            Require.present("duration", duration);
        }
    }
}
