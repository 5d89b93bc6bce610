package org.soptrack.core.domain.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.shared.Require;

/**
 * What an erasure did (R-DSR-4): how many records of each kind it anonymized or deleted, and what it kept and why.
 * Running the same erasure again changes nothing and reports zero changes.
 */
public record ErasureResult(Map<String, Long> erased, List<Kept> kept) {

    /** Records the law (or the system's integrity) keeps, with the reason given to the requester. */
    public record Kept(String entity, long records, String reason) {
        public Kept {
            Require.present("entity", entity);
            Require.present("reason", reason);
        }
    }

    public ErasureResult {
        erased = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Require.present("erased", erased)));
        kept = List.copyOf(Require.present("kept", kept));
    }

    public long total() {
        return erased.values().stream().mapToLong(Long::longValue).sum();
    }
}
