package org.soptrack.core.port.out;

import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The append-only audit log (R-AUD-1): entries are never changed, and removed only by the retention rules that cover
 * them ({@code SECURITY_LOG} and {@code OPERATOR_AUDIT}: the entries of the category's audit actions).
 */
public interface AuditLogRepository extends RetainedRecordsPort {

    void append(TenantId tenant, AuditEvent event);

    Page<AuditEvent> find(TenantId tenant, AuditQuery query);
}
