package org.soptrack.core.port.out;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.shared.TenantId;

/** Stores data-subject requests; closed ones stay, as the record of how each was handled. */
public interface SubjectRequestRepository {

    void add(TenantId tenant, SubjectRequest request);

    Optional<SubjectRequest> find(TenantId tenant, SubjectRequestId id);

    /** The open requests of the tenant, the earliest due first. */
    List<SubjectRequest> findOpen(TenantId tenant);

    /** Every request of the tenant, the newest received first. */
    List<SubjectRequest> findAll(TenantId tenant);

    UpdateResult update(TenantId tenant, SubjectRequest request);
}
