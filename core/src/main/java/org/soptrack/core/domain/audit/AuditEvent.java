package org.soptrack.core.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/** One audit log entry: who did what to which target in which organization, when, with a few details. */
public record AuditEvent(UUID id, TenantId tenantId, Instant at, ActorRef actor, AuditAction action, String target,
                         Map<String, String> details) {

    public AuditEvent {
        Require.present("id", id);
        Require.present("tenantId", tenantId);
        Require.present("at", at);
        Require.present("actor", actor);
        Require.present("action", action);
        target = Require.text("target", target, 200);
        details = Map.copyOf(Require.present("details", details));
    }
}
