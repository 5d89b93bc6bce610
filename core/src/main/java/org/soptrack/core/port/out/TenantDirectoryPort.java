package org.soptrack.core.port.out;

import java.util.List;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The ids of organizations whose data scheduled jobs look after (every organization not yet purged). Ids only: each
 * job then works inside one tenant's transaction at a time.
 */
public interface TenantDirectoryPort {

    List<TenantId> tenants();
}
