package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The ids of organizations across tenants: those whose data scheduled jobs look after (every organization not yet
 * purged), and those where an address signs in. Ids only: each job or sign-in then works inside one tenant's
 * transaction at a time.
 */
public interface TenantDirectoryPort {

    List<TenantId> tenants();

    /**
     * The tenants with an outbox message due at {@code now}, the longest-waiting first: the dispatcher's only
     * cross-tenant read; it then claims the messages inside each tenant's transaction.
     */
    List<TenantId> withDueMessages(Instant now, int limit);

    /**
     * The organizations where {@code email} belongs to an active member, at most {@value #MAX_MEMBERSHIPS}, in a
     * stable order: what a sign-in that names no organization starts from (R-SEC-7). Ids only; the password is then
     * checked inside each tenant.
     */
    List<TenantId> organizationsOf(Email email);

    /**
     * The organizations with a customer at {@code phone} (at most 100): where an SMS opt-out or opt-in the provider
     * reports applies (R-NOT-2). Ids only; the customers are then read inside each tenant.
     */
    List<TenantId> organizationsWithCustomerPhone(PhoneNumber phone);

    /** The most organizations one address is looked up in. */
    int MAX_MEMBERSHIPS = 3;
}
