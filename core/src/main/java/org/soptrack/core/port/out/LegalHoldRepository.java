package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;

import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.shared.TenantId;

/** Stores legal holds; released holds stay, as the record of what was held and when. */
public interface LegalHoldRepository {

    void add(TenantId tenant, LegalHold hold);

    Optional<LegalHold> find(TenantId tenant, LegalHoldId id);

    /** Every hold of the tenant, those in force first, then newest first. */
    List<LegalHold> findAll(TenantId tenant);

    UpdateResult update(TenantId tenant, LegalHold hold);
}
