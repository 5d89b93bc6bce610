package org.soptrack.core.service;

import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.RetentionOverridesUseCase;
import org.soptrack.core.port.in.RetentionTableUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.RetainedRecordsPort;

/**
 * Personal data under the law: data-subject requests, legal holds, the retention rules and their sweep, and breach
 * notices (incidents).
 */
public record PrivacyUseCases(SubjectRequestsUseCase subjectRequests, LegalHoldsUseCase legalHolds,
                              SweepRetentionUseCase sweepRetention, RetentionOverridesUseCase retentionOverrides,
                              RetentionTableUseCase retentionTable, IncidentsUseCase incidents) {

    static PrivacyUseCases of(Shared s) {
        CorePorts p = s.ports();
        CoreSettings settings = s.settings();
        TrialLapses trials = new TrialLapses(s.ctx(), p.organizations(), s.accountMessages(), settings.lifecycle(),
                settings.retention().rule(RetentionCategory.TENANT_DATA).period());
        return new PrivacyUseCases(
                new SubjectRequestsService(s.ctx(), p, s.notifications(), s.reauthentication()),
                new LegalHoldsService(s.ctx(), p.legalHolds(), p.members(), p.customers()),
                new SweepRetentionService(s.ctx(), p.tenants(), p.legalHolds(), settings.retention(),
                        settings.sweepBatchSize(), settings.sweepBatchTarget(), retainedRecords(p), p.organizations(),
                        p.tenantData(), Map.of(RetentionCategory.PUBLIC_REQUESTS, p.publicRequests(),
                                RetentionCategory.PLATFORM_AUDIT, p.platformAudit(),
                                RetentionCategory.INCIDENTS, p.incidents()),
                        p.retentionOverrides(), p.members(), trials),
                new RetentionOverridesService(s.ctx(), p.retentionOverrides(), settings.retention()),
                new RetentionTableService(settings.retention()),
                new IncidentsService(s.ctx(), p, s.accountMessages()));
    }

    /** Which stores hold the records of each retention category. */
    private static Map<RetentionCategory, List<RetainedRecordsPort>> retainedRecords(CorePorts p) {
        return Map.of(
                RetentionCategory.SECURITY_LOG, List.of(p.audit(), p.sessions(), p.accountTokens()),
                RetentionCategory.MFA_CODES, List.of(p.sessions(), p.outbox()),
                RetentionCategory.TRUSTED_DEVICES, List.of(p.trustedDevices()),
                RetentionCategory.INACTIVE_MEMBERS, List.of(p.members()),
                RetentionCategory.DELETED_MEMBERS, List.of(p.members()),
                RetentionCategory.OPERATOR_AUDIT, List.of(p.audit(), p.grants()),
                RetentionCategory.DELIVERY_LOG, List.of(p.outbox()),
                RetentionCategory.TENANT_DATA, List.of(p.tenantData()),
                RetentionCategory.BILLING_RECORDS, List.of(p.billing()));
    }
}
