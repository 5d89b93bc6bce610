package org.soptrack.core.port.out;

import java.util.Optional;
import org.soptrack.core.domain.shared.TenantId;

/**
 * A store that holds records a retention rule covers (R-RET-3). Each store knows which of its rows an expiry means:
 * the repository's Javadoc lists the categories it serves, and it refuses any other with an
 * {@link IllegalArgumentException}. Both calls see the tenant's rows only.
 */
public interface RetainedRecordsPort {

    /** How many records the expiry covers now: what a dry run reports. */
    long countExpired(TenantId tenant, Expiry expiry);

    /**
     * Deletes (or anonymizes, as the category says) at most {@code expiry.batchSize()} of them and says how many; the
     * sweep calls again, each time in a new transaction, until fewer than a batch come back. Calling again after
     * everything went changes nothing.
     */
    int removeExpired(TenantId tenant, Expiry expiry);

    /**
     * One batch of a sweep that goes on where the batch before it stopped: {@code after} is what that batch returned
     * as {@link RemovedBatch#resumeAt()}, empty for a sweep's first batch. A store whose batches would otherwise walk
     * again past everything earlier batches removed (an index on the expiry time, with the removed rows dead until
     * vacuum) returns where its batch ended, so each batch starts there. Within one sweep nothing new expires behind
     * that place (the cutoff stays, and new records are written at the present), and what the sweep kept there
     * (held subjects) stays kept; the next sweep starts again from the beginning. By default, one batch of
     * {@link #removeExpired(TenantId, Expiry)}.
     *
     * @throws IllegalArgumentException if {@code after} is not a place this store returned
     */
    default RemovedBatch removeExpired(TenantId tenant, Expiry expiry, Optional<String> after) {
        return new RemovedBatch(removeExpired(tenant, expiry), Optional.empty());
    }
}
