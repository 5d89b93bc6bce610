package org.soptrack.core.service;

import java.util.List;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.OperatorAccessGrant;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.ListOperatorGrantsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.OperatorAccessGrantRepository;

/** Lists the organization's operator access grants for its administrators. */
public final class ListOperatorGrantsService implements ListOperatorGrantsUseCase {

    private final UseCaseContext ctx;
    private final OperatorAccessGrantRepository grants;

    ListOperatorGrantsService(UseCaseContext ctx, OperatorAccessGrantRepository grants) {
        this.ctx = ctx;
        this.grants = grants;
    }

    @Override
    public Outcome<List<OperatorAccessGrant>> list(Actor actor) {
        return ctx.authorized(actor, Permission.OPERATOR_ACCESS_REVIEW,
                access -> Outcome.ok(grants.findAll(actor.tenantId())));
    }
}
