package org.soptrack.core.domain.brokenfixture.cycle.egg;

import org.soptrack.core.domain.brokenfixture.cycle.Chicken;

/** The other half of a deliberate package cycle. */
public final class Egg {

    public Chicken hatch() {
        return new Chicken();
    }
}
