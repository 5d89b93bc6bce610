package org.soptrack.core.domain.brokenfixture.cycle;

import org.soptrack.core.domain.brokenfixture.cycle.egg.Egg;

/** One half of a deliberate package cycle. */
public final class Chicken {

    public Egg lay() {
        return new Egg();
    }
}
