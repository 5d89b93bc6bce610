package org.soptrack.core.port.in;

import java.util.List;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;

/** Lists the rooftops the actor may see. */
public interface ListRooftopsUseCase {

    Outcome<List<Rooftop>> list(Actor actor);
}
