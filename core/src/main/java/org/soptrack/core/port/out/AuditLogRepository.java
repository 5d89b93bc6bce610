package org.soptrack.core.port.out;

import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;

/** The append-only audit log (R-AUD-1); entries are never changed or removed by the application. */
public interface AuditLogRepository {

    void append(TenantId tenant, AuditEvent event);

    Page<AuditEvent> find(TenantId tenant, AuditQuery query);
}
