package org.soptrack.core.domain.tenancy;

import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.TenantId;

/** The authenticated principal a command acts for: a member of the tenant, or a platform operator reaching into it. */
public sealed interface Actor permits MemberActor, OperatorActor {

    /** The organization the command acts on. */
    TenantId tenantId();

    /** How the actor is recorded in histories and the audit log. */
    ActorRef ref();
}
