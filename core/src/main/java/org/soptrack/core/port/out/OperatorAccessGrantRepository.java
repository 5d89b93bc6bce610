package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.GrantId;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;

/**
 * Stores platform-operator access grants, inside the tenant they open. Retention: {@code OPERATOR_AUDIT} removes grants
 * that closed or expired before the cutoff.
 */
public interface OperatorAccessGrantRepository extends RetainedRecordsPort {

    void add(TenantId tenant, OperatorAccessGrant grant);

    Optional<OperatorAccessGrant> find(TenantId tenant, GrantId id);

    /** The grants of this operator on this tenant that are open at {@code now}. */
    List<OperatorAccessGrant> findActive(TenantId tenant, OperatorId operator, Instant now);

    /** Every grant on the tenant, newest first. */
    List<OperatorAccessGrant> findAll(TenantId tenant);

    UpdateResult update(TenantId tenant, OperatorAccessGrant grant);
}
