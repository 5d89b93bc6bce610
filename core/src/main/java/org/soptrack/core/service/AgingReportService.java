package org.soptrack.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** Assesses every shelved part with its rooftop's aging policy and totals the money at risk per rooftop. */
public final class AgingReportService implements AgingReportUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;
    private final RooftopRepository rooftops;

    AgingReportService(UseCaseContext ctx, SpecialOrderRepository orders, RooftopRepository rooftops) {
        this.ctx = ctx;
        this.orders = orders;
        this.rooftops = rooftops;
    }

    @Override
    public Outcome<Report> report(Query query) {
        TenantId tenant = query.actor().tenantId();
        return ctx.authorized(query.actor(), Permission.SOP_READ, access -> {
            Optional<RooftopScope> scope = Scopes.narrow(access.scope(), query.rooftopId());
            if (scope.isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            Instant now = ctx.now();
            RooftopSettingsLookup settings = RooftopSettingsLookup.load(rooftops, tenant);
            List<Entry> overdue = new ArrayList<>();
            List<Entry> returnOrBill = new ArrayList<>();
            Map<RooftopId, RooftopTotal> totals = new HashMap<>();
            for (SpecialOrder order : orders.findOnShelf(tenant, scope.get())) {
                settings.of(order.rooftopId()).aging().assess(order, now).ifPresent(a -> {
                    Entry entry = new Entry(order, a);
                    if (a.overdue()) {
                        overdue.add(entry);
                        totals.merge(a.rooftopId(), new RooftopTotal(a.rooftopId(), 1, a.valueAtRisk(),
                                a.netValueAtRisk()), AgingReportService::add);
                    }
                    if (a.inReturnOrBillQueue()) {
                        returnOrBill.add(entry);
                    }
                });
            }
            overdue.sort(Comparator.comparing(e -> e.assessment().receivedAt()));
            returnOrBill.sort(Comparator.comparing(e -> e.assessment().returnDeadline()));
            return Outcome.ok(new Report(overdue, returnOrBill, totals));
        });
    }

    private static RooftopTotal add(RooftopTotal a, RooftopTotal b) {
        return new RooftopTotal(a.rooftopId(), a.overdueParts() + b.overdueParts(), a.valueAtRisk().plus(b.valueAtRisk()),
                a.netValueAtRisk().plus(b.netValueAtRisk()));
    }
}
