package org.soptrack.core.port.out;

import java.time.Instant;

/**
 * A store of the platform's own records, which belong to no organization: the retention sweep removes them once, not
 * per organization, each batch a transaction of its own, and no legal hold covers them (holds are an organization's).
 */
public interface PlatformRecordsPort {

    /** How many records the rule's clock started for before {@code cutoff}. */
    long countExpired(Instant cutoff);

    /** Deletes at most {@code limit} of them; how many. */
    int removeExpired(Instant cutoff, int limit);
}
