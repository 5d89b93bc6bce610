package org.soptrack.core.service;

import java.util.List;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;

/** Lists the rooftops within the actor's scope. */
public final class ListRooftopsService implements ListRooftopsUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;

    ListRooftopsService(UseCaseContext ctx, RooftopRepository rooftops) {
        this.ctx = ctx;
        this.rooftops = rooftops;
    }

    @Override
    public Outcome<List<Rooftop>> list(Actor actor) {
        return ctx.authorized(actor, Permission.ROOFTOP_READ, access -> Outcome.ok(
                rooftops.findAll(actor.tenantId()).stream().filter(r -> access.scope().covers(r.id())).toList()));
    }
}
