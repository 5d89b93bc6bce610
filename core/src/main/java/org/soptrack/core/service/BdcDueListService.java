package org.soptrack.core.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** Every RO with parts on the shelf whose customer call is due now, earliest due first. */
public final class BdcDueListService implements BdcDueListUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;
    private final RooftopRepository rooftops;
    private final RepairOrderFollowUp followUps;

    BdcDueListService(UseCaseContext ctx, SpecialOrderRepository orders, RooftopRepository rooftops,
                      RepairOrderFollowUp followUps) {
        this.ctx = ctx;
        this.orders = orders;
        this.rooftops = rooftops;
        this.followUps = followUps;
    }

    @Override
    public Outcome<List<Task>> dueList(Query query) {
        TenantId tenant = query.actor().tenantId();
        return ctx.authorized(query.actor(), Permission.CUSTOMER_CONTACT_READ, access -> {
            Optional<RooftopScope> scope = Scopes.narrow(access.scope(), query.rooftopId());
            if (scope.isEmpty()) {
                return Outcome.notFound("rooftop");
            }
            Instant now = ctx.now();
            RooftopSettingsLookup settings = RooftopSettingsLookup.load(rooftops, tenant);
            Set<Map.Entry<RooftopId, RoNumber>> ros = new LinkedHashSet<>();
            orders.findOnShelf(tenant, scope.get())
                    .forEach(o -> ros.add(Map.entry(o.rooftopId(), o.details().roNumber())));
            List<Task> due = new ArrayList<>();
            for (Map.Entry<RooftopId, RoNumber> ro : ros) {
                RepairOrderFollowUp.View view = followUps.load(tenant, ro.getKey(), ro.getValue(),
                        settings.of(ro.getKey()));
                if (RepairOrderFollowUp.dueAt(view, now)) {
                    due.add(new Task(view.arrival(), view.lines().get(0).details().customerId(),
                            view.followUp().dueAt().orElseThrow(), view.attempts().size()));
                }
            }
            due.sort(Comparator.comparing(Task::dueAt));
            return Outcome.ok(due);
        });
    }
}
