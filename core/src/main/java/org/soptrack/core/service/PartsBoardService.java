package org.soptrack.core.service;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PartsBoardUseCase;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** The board of one rooftop within the member's scope; another rooftop is not found. */
public final class PartsBoardService implements PartsBoardUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;
    private final SpecialOrderRepository orders;

    PartsBoardService(UseCaseContext ctx, RooftopRepository rooftops, SpecialOrderRepository orders) {
        this.ctx = ctx;
        this.rooftops = rooftops;
        this.orders = orders;
    }

    @Override
    public Outcome<Board> board(Query query) {
        return ctx.authorized(query.actor(), Permission.SOP_READ, access -> {
            Optional<RooftopScope> scope = Scopes.narrow(access.scope(), Optional.of(query.rooftop()));
            Optional<Rooftop> rooftop = scope.flatMap(s -> rooftops.find(query.actor().tenantId(), query.rooftop()));
            if (rooftop.isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            Map<SopStatus, Long> counts = new EnumMap<>(SopStatus.class);
            for (SopStatus status : SopStatus.values()) {
                counts.put(status, 0L);
            }
            counts.putAll(orders.countByStatus(query.actor().tenantId(), scope.get()));
            Instant now = ctx.now();
            List<Line> lines = query.status().map(status -> orders.search(query.actor().tenantId(),
                            SpecialOrderQuery.all(scope.get(), query.limit()).withStatuses(Set.of(status))).items())
                    .orElse(List.of()).stream()
                    .map(order -> new Line(order, Duration.between(order.state().createdAt(), now),
                            rooftop.get().settings().aging().assess(order, now)))
                    .toList();
            return Outcome.ok(new Board(rooftop.get(), counts, lines));
        });
    }
}
