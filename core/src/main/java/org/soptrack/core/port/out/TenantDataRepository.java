package org.soptrack.core.port.out;

import java.util.Map;
import org.soptrack.core.domain.shared.TenantId;

/**
 * An organization's business data as one whole, for the purge after its grace period or its owners' deletion request
 * (R-TEN-6): special orders with their history, customers and their vehicles, contact attempts, the notification log
 * and settings that name them, and then the organization's setup: invitations, its own retention periods, and its
 * rooftops (with their SOP counters) once nothing refers to them. As a {@link RetainedRecordsPort} it holds
 * {@code TENANT_DATA}: every such record of the tenant counts as expired except those of held customers (and the
 * rooftops their orders keep), so callers decide first that the organization is due (the retention sweep does).
 * Member accounts are anonymized by the {@link MemberRepository} under the same category; the audit log and billing
 * records are not part of it.
 */
public interface TenantDataRepository extends RetainedRecordsPort {

    /** How many records of each kind a purge would delete now, by a stable name of the kind (e.g. "customers"). */
    Map<String, Long> census(TenantId tenant, Expiry expiry);

    /** Everything the census counts. */
    @Override
    default long countExpired(TenantId tenant, Expiry expiry) {
        return census(tenant, expiry).values().stream().mapToLong(Long::longValue).sum();
    }
}
