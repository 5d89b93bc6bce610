package org.soptrack.core.service;

import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.out.AuditLogRepository;

/** Reads the audit log of the actor's organization. */
public final class ReadAuditLogService implements ReadAuditLogUseCase {

    private final UseCaseContext ctx;
    private final AuditLogRepository log;

    ReadAuditLogService(UseCaseContext ctx, AuditLogRepository log) {
        this.ctx = ctx;
        this.log = log;
    }

    @Override
    public Outcome<Page<AuditEvent>> read(Query query) {
        return ctx.authorized(query.actor(), Permission.AUDIT_READ,
                access -> Outcome.ok(log.find(query.actor().tenantId(), query.filter())));
    }
}
