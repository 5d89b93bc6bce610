package org.soptrack.core.port.out;

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
}
