package org.soptrack.core.service;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** Dashboard counts per status, every status present. */
public final class CountSpecialOrdersService implements CountSpecialOrdersUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;

    CountSpecialOrdersService(UseCaseContext ctx, SpecialOrderRepository orders) {
        this.ctx = ctx;
        this.orders = orders;
    }

    @Override
    public Outcome<Map<SopStatus, Long>> count(Query query) {
        return ctx.authorized(query.actor(), Permission.SOP_READ, access -> {
            Optional<RooftopScope> scope = Scopes.narrow(access.scope(), query.rooftopId());
            if (scope.isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            Map<SopStatus, Long> counts = new EnumMap<>(SopStatus.class);
            for (SopStatus status : SopStatus.values()) {
                counts.put(status, 0L);
            }
            counts.putAll(orders.countByStatus(query.actor().tenantId(), scope.get()));
            return Outcome.ok(counts);
        });
    }
}
