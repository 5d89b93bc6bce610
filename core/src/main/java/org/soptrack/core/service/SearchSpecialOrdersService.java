package org.soptrack.core.service;

import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** Searches within the intersection of the requested rooftops and the actor's own. */
public final class SearchSpecialOrdersService implements SearchSpecialOrdersUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;

    SearchSpecialOrdersService(UseCaseContext ctx, SpecialOrderRepository orders) {
        this.ctx = ctx;
        this.orders = orders;
    }

    @Override
    public Outcome<Page<SpecialOrder>> search(Query query) {
        return ctx.authorized(query.actor(), Permission.SOP_READ, access -> {
            Optional<RooftopScope> scope = access.scope().intersect(query.filter().rooftops());
            if (scope.isEmpty()) {
                return Outcome.ok(new Page<>(List.of(), Optional.empty()));
            }
            return Outcome.ok(orders.search(query.actor().tenantId(), query.filter().withRooftops(scope.get())));
        });
    }
}
