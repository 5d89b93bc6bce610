package org.soptrack.core.domain.privacy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * One entry of the erasure log: which subject of which organization was erased, when, and for which request. It holds
 * ids only, no personal data, so it can be copied out with the backups and applied again after a restore (R-DSR-4).
 */
public record ErasureRecord(UUID id, TenantId tenantId, DataSubject subject, Optional<SubjectRequestId> request,
                            Instant erasedAt) {

    public ErasureRecord {
        Require.present("id", id);
        Require.present("tenantId", tenantId);
        Require.present("subject", subject);
        Require.present("request", request);
        Require.present("erasedAt", erasedAt);
    }
}
