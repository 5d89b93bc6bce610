package org.soptrack.server.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.SecureRandomTokens;
import org.soptrack.core.service.SoptrackCore;
import org.soptrack.postgres.PostgresAdapters;

/** Core on the PostgreSQL adapters, with the system clock (tests replace the {@link ClockPort} bean). */
@Factory
final class CoreFactory {

    @Singleton
    ClockPort clock() {
        return ClockPort.of(Clock.systemUTC());
    }

    @Singleton
    CorePorts corePorts(PostgresAdapters db, ClockPort clock) {
        return new CorePorts(db.transactions(), clock, IdPort.random(), new SecureRandomTokens(), db.organizations(),
                db.rooftops(), db.members(), db.invitations(), db.grants(), db.customers(), db.orders(),
                db.contactAttempts(), db.sopNumbers(), db.audit());
    }

    @Singleton
    SoptrackCore core(CorePorts ports) {
        return new SoptrackCore(ports);
    }
}
