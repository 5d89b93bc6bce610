package org.soptrack.core.service;

import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.RooftopRepository;

/** One RO: its lines, arrival, attempts and next call: contact data, so for readers of contact data only. */
public final class GetRepairOrderService implements GetRepairOrderUseCase {

    private final UseCaseContext ctx;
    private final RooftopRepository rooftops;
    private final RepairOrderFollowUp followUps;

    GetRepairOrderService(UseCaseContext ctx, RooftopRepository rooftops, RepairOrderFollowUp followUps) {
        this.ctx = ctx;
        this.rooftops = rooftops;
        this.followUps = followUps;
    }

    @Override
    public Outcome<RepairOrder> get(Query query) {
        TenantId tenant = query.actor().tenantId();
        return ctx.authorized(query.actor(), Permission.CUSTOMER_CONTACT_READ, access -> {
            if (!access.scope().covers(query.rooftopId())) {
                return Outcome.notFound("repair order");
            }
            var rooftop = rooftops.find(tenant, query.rooftopId());
            if (rooftop.isEmpty()) {
                return Outcome.notFound("repair order");
            }
            RepairOrderFollowUp.View view = followUps.load(tenant, query.rooftopId(), query.roNumber(),
                    rooftop.get().settings());
            if (view.lines().isEmpty()) {
                return Outcome.notFound("repair order");
            }
            return Outcome.ok(new RepairOrder(view.lines(), view.arrival(), view.attempts(), view.followUp()));
        });
    }
}
