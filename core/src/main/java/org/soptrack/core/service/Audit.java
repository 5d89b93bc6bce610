package org.soptrack.core.service;

import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;

/** Writes audit events stamped with the clock and a new id. */
final class Audit {

    private final AuditLogRepository log;
    private final ClockPort clock;
    private final IdPort ids;

    Audit(AuditLogRepository log, ClockPort clock, IdPort ids) {
        this.log = log;
        this.clock = clock;
        this.ids = ids;
    }

    void record(TenantId tenant, ActorRef actor, AuditAction action, String target, Map<String, String> details) {
        log.append(tenant, new AuditEvent(ids.newId(), tenant, clock.now(), actor, action, target, details));
    }
}
