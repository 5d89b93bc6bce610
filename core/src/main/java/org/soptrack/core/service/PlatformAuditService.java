package org.soptrack.core.service;

import java.util.List;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.port.in.PlatformAuditUseCase;
import org.soptrack.core.port.out.PlatformAuditPort;

/** Reads the platform audit log for an operator. */
public final class PlatformAuditService implements PlatformAuditUseCase {

    private final PlatformAuditPort log;

    public PlatformAuditService(CorePorts ports) {
        this.log = ports.platformAudit();
    }

    @Override
    public List<PlatformAuditEntry> latest(OperatorId operator, int limit) {
        Require.present("operator", operator);
        return log.latest(Math.max(1, Math.min(limit, 200)));
    }
}
