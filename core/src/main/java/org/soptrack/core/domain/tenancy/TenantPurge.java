package org.soptrack.core.domain.tenancy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.Require;

/**
 * The deletion of an organization's business data after its grace period (R-TEN-6): when it started, how many records
 * of each kind there were to delete then, and when the last of them went. Once started, a purge runs to its end even
 * if the subscription is reactivated meanwhile.
 */
public record TenantPurge(Instant startedAt, Map<String, Long> counts, Optional<Instant> completedAt) {

    public TenantPurge {
        Require.present("startedAt", startedAt);
        Require.present("counts", counts);
        Require.present("completedAt", completedAt);
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public boolean completed() {
        return completedAt.isPresent();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
