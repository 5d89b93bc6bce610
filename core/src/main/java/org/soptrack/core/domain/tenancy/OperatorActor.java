package org.soptrack.core.domain.tenancy;

import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/** A platform operator acting on one tenant; allowed only while an access grant for that tenant is active. */
public record OperatorActor(OperatorId operatorId, TenantId tenantId) implements Actor {

    public OperatorActor {
        Require.present("operatorId", operatorId);
        Require.present("tenantId", tenantId);
    }

    @Override
    public ActorRef ref() {
        return ActorRef.operator(operatorId);
    }
}
