package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.privacy.DataSubject;
import org.soptrack.core.domain.privacy.ErasureRecord;
import org.soptrack.core.domain.privacy.ErasureResult;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Everything an organization holds about one person, across every store, for access, portability and erasure
 * (R-DSR-3, R-DSR-4). An adapter lists every record that can hold personal data; its tests must prove that nothing is
 * missed.
 */
public interface PersonalDataRepository {

    /** Every record about {@code subject} in the tenant, without secrets. */
    PersonalDataExport export(TenantId tenant, DataSubject subject, Instant now);

    /** Every record of the tenant (R-DSR-3's whole-organization export), without secrets. */
    PersonalDataExport exportOrganization(TenantId tenant, Instant now);

    /**
     * Removes or anonymizes {@code subject}'s personal data everywhere in the tenant, keeping what the law keeps
     * (billing records are restricted instead). Idempotent: a second run changes nothing. For a member it removes the
     * traces of their e-mail address (invitations, messages, notification logs, routing lists); the account itself
     * goes when it is closed.
     */
    ErasureResult erase(TenantId tenant, DataSubject subject, Instant now);

    void recordErasure(TenantId tenant, ErasureRecord record);

    /** The tenant's erasure log, oldest first. */
    List<ErasureRecord> erasures(TenantId tenant);
}
