package org.soptrack.core.service;

import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;

/** Adds a rooftop; only actors not limited to some rooftops may. */
public final class CreateRooftopService implements CreateRooftopUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;

    CreateRooftopService(UseCaseContext ctx, RooftopRepository rooftops) {
        this.ctx = ctx;
        this.rooftops = rooftops;
    }

    @Override
    public Outcome<Rooftop> create(Command command) {
        return ctx.authorized(command.actor(), Permission.ROOFTOP_MANAGE, access -> {
            if (!access.scope().all()) {
                return Outcome.forbidden("Members limited to some rooftops cannot add rooftops");
            }
            Rooftop rooftop = Rooftop.create(RooftopId.of(ctx.newId()), command.actor().tenantId(), command.details(),
                    ctx.now());
            rooftops.add(rooftop.tenantId(), rooftop);
            ctx.audit.record(rooftop.tenantId(), access.actor(), AuditAction.ROOFTOP_CREATED, "rooftop:" + rooftop.id(),
                    Map.of("name", rooftop.details().name()));
            return Outcome.ok(rooftop);
        });
    }
}
