package org.soptrack.core.service;

import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.RooftopScope;

/** Narrowing an actor's scope to one asked-for rooftop. */
final class Scopes {

    private Scopes() {
    }

    /** The actor's scope, or just {@code rooftop} if given and inside it; empty if it lies outside. */
    static Optional<RooftopScope> narrow(RooftopScope actorScope, Optional<RooftopId> rooftop) {
        if (rooftop.isEmpty()) {
            return Optional.of(actorScope);
        }
        return actorScope.covers(rooftop.get()) ? Optional.of(RooftopScope.only(Set.of(rooftop.get()))) : Optional.empty();
    }
}
