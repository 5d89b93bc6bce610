package org.soptrack.core.memory;

import java.util.function.Predicate;

import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.RetainedRecordsPort;

/** Retention for an in-memory store of aggregates: the store and what an expiry covers are all it needs to say. */
interface InMemoryRetained<S> extends RetainedRecordsPort {

    AggregateStore<?, ?, S> retainedStore();

    /** The states the expiry covers; refuses a category the store does not hold. */
    Predicate<S> expired(Expiry expiry);

    @Override
    default long countExpired(TenantId tenant, Expiry expiry) {
        return retainedStore().countWhere(tenant, expired(expiry));
    }

    @Override
    default int removeExpired(TenantId tenant, Expiry expiry) {
        return retainedStore().deleteWhere(tenant, expired(expiry), expiry.batchSize());
    }
}
