package org.soptrack.core.port.out;

import java.util.Map;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.shared.TenantId;

/** An organization's own, shorter retention periods (R-RET-1), one per category at most. */
public interface RetentionOverrideRepository {

    /** The tenant's overrides; none when it keeps the deployment's periods. */
    Map<RetentionCategory, RetentionPeriod> find(TenantId tenant);

    /** Replaces every override of the tenant with {@code periods}. */
    void replace(TenantId tenant, Map<RetentionCategory, RetentionPeriod> periods);
}
