package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.soptrack.core.domain.retention.PlannedSweep;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Require;

/**
 * What a retention sweep asks of a store: the records of {@code category} whose clock started before {@code cutoff},
 * except those of members and customers under legal hold, at most {@code batchSize} of them per call.
 */
public record Expiry(RetentionCategory category, Instant cutoff, Set<UUID> heldMembers, Set<UUID> heldCustomers,
                     int batchSize) {

    public Expiry {
        Require.present("category", category);
        Require.present("cutoff", cutoff);
        heldMembers = Set.copyOf(heldMembers);
        heldCustomers = Set.copyOf(heldCustomers);
        Require.between("batchSize", batchSize, 1, 100_000);
    }

    public static Expiry of(PlannedSweep sweep, int batchSize) {
        return new Expiry(sweep.category(), sweep.cutoff(), sweep.heldMembers(), sweep.heldCustomers(), batchSize);
    }

    /** The same expiry, for another category (for tests and stores that serve several). */
    public Expiry forCategory(RetentionCategory other) {
        return new Expiry(other, cutoff, heldMembers, heldCustomers, batchSize);
    }
}
