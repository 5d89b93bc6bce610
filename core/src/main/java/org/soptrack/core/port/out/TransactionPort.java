package org.soptrack.core.port.out;

import java.util.function.Supplier;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Runs one unit of work in one transaction, for one tenant. Implementations make the tenant the only one visible
 * inside it (e.g. by Row-Level Security) and roll everything back when the work throws.
 */
public interface TransactionPort {

    <T> T inTenant(TenantId tenant, Supplier<T> work);
}
