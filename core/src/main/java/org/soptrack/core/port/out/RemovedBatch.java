package org.soptrack.core.port.out;

import java.util.Optional;

/**
 * One batch of a retention sweep in one store: how many records went, and where the next batch of the same sweep may
 * start ({@code resumeAt}), in the store's own words; the sweep only hands it back. Empty when the store has no such
 * place and each batch looks at everything the expiry covers.
 */
public record RemovedBatch(int removed, Optional<String> resumeAt) {

    public RemovedBatch {
        if (removed < 0) {
            throw new IllegalArgumentException("removed must not be negative");
        }
        resumeAt = Optional.ofNullable(resumeAt).flatMap(r -> r);
    }
}
