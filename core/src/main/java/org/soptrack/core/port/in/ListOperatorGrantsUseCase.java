package org.soptrack.core.port.in;

import java.util.List;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;

/** Lists every operator access grant ever opened on the organization, for its administrators. */
public interface ListOperatorGrantsUseCase {

    Outcome<List<OperatorAccessGrant>> list(Actor actor);
}
