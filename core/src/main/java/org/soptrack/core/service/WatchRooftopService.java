package org.soptrack.core.service;

import java.util.Optional;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.WatchRooftopUseCase;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** A watch on one rooftop's orders for a member who may read them there; another rooftop is not found. */
public final class WatchRooftopService implements WatchRooftopUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;
    private final SpecialOrderRepository orders;

    WatchRooftopService(UseCaseContext ctx, RooftopRepository rooftops, SpecialOrderRepository orders) {
        this.ctx = ctx;
        this.rooftops = rooftops;
        this.orders = orders;
    }

    @Override
    public Outcome<Subscription> watch(Actor actor, RooftopId rooftop, Runnable listener) {
        Require.present("rooftop", rooftop);
        Require.present("listener", listener);
        return ctx.authorized(actor, Permission.SOP_READ, access -> {
            if (Scopes.narrow(access.scope(), Optional.of(rooftop)).isEmpty()
                    || rooftops.find(actor.tenantId(), rooftop).isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            SpecialOrderRepository.Watch watch = orders.watch(actor.tenantId(), rooftop, listener);
            return Outcome.ok(watch::close);
        });
    }
}
