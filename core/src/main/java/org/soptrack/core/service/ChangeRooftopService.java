package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Changes a rooftop: settings need SETTINGS_MANAGE, name and place also ROOFTOP_MANAGE. */
public final class ChangeRooftopService implements ChangeRooftopUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;

    ChangeRooftopService(UseCaseContext ctx, RooftopRepository rooftops) {
        this.ctx = ctx;
        this.rooftops = rooftops;
    }

    @Override
    public Outcome<Rooftop> change(Command command) {
        return ctx.authorized(command.actor(), Permission.SETTINGS_MANAGE, access -> {
            Optional<Rooftop> found = rooftops.find(command.actor().tenantId(), command.rooftopId())
                    .filter(r -> access.scope().covers(r.id()));
            if (found.isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            Rooftop rooftop = found.get();
            if (rooftop.version() != command.expectedVersion()) {
                return UseCaseContext.stale("rooftop");
            }
            if (!rooftop.details().equals(command.details())) {
                if (!access.may(Permission.ROOFTOP_MANAGE)) {
                    return Outcome.forbidden("Changing a rooftop's name or place needs ROOFTOP_MANAGE");
                }
                rooftop.changeDetails(command.details());
            }
            rooftop.changeSettings(command.settings());
            if (rooftops.update(rooftop.tenantId(), rooftop) == UpdateResult.CONFLICT) {
                return UseCaseContext.stale("rooftop");
            }
            ctx.audit.record(rooftop.tenantId(), access.actor(), AuditAction.ROOFTOP_CHANGED, "rooftop:" + rooftop.id(),
                    Map.of("version", Long.toString(rooftop.version())));
            return Outcome.ok(rooftop);
        });
    }
}
