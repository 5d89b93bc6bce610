package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The ids of organizations whose data scheduled jobs look after (every organization not yet purged). Ids only: each
 * job then works inside one tenant's transaction at a time.
 */
public interface TenantDirectoryPort {

    List<TenantId> tenants();

    /**
     * The tenants with an outbox message due at {@code now}, the longest-waiting first: the dispatcher's only
     * cross-tenant read; it then claims the messages inside each tenant's transaction.
     */
    List<TenantId> withDueMessages(Instant now, int limit);
}
