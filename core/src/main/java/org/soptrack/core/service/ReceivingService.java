package org.soptrack.core.service;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.sop.TransitionResult;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReceivingUseCase;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;

/** The day's delivery: what waits for a part, receiving into a bin in one transaction, and bin labels. */
public final class ReceivingService implements ReceivingUseCase {

    private final UseCaseContext ctx;
    private final SpecialOrderRepository orders;
    private final CustomerRepository customers;
    private final RooftopRepository rooftops;
    private final SpecialOrderChanges changes;
    private final OrderNotifications notifications;
    private final URI publicUrl;

    ReceivingService(UseCaseContext ctx, CorePorts ports, SpecialOrderChanges changes, OrderNotifications notifications,
                     URI publicUrl) {
        this.ctx = ctx;
        this.orders = ports.orders();
        this.customers = ports.customers();
        this.rooftops = ports.rooftops();
        this.changes = changes;
        this.notifications = notifications;
        this.publicUrl = publicUrl;
    }

    @Override
    public Outcome<List<SpecialOrder>> waiting(Actor actor, RooftopId rooftop, PartNumber part) {
        return ctx.authorized(actor, Permission.SOP_READ, access -> reaches(access, actor, rooftop)
                ? Outcome.ok(orders.findWaiting(actor.tenantId(), rooftop, part, MAX_LINES))
                : Outcome.notFound("rooftop"));
    }

    @Override
    public Outcome<List<SpecialOrder>> receive(Receipt receipt) {
        Actor actor = receipt.actor();
        return ctx.authorized(actor, Permission.SOP_TRANSITION, access -> {
            if (!reaches(access, actor, receipt.rooftop())) {
                return Outcome.notFound("rooftop");
            }
            List<SpecialOrder> received = new ArrayList<>();
            for (Line line : receipt.lines()) {
                Outcome<SpecialOrder> one = changes.change(actor.tenantId(), line.order(), access.scope(),
                        line.expectedVersion(), order -> {
                            if (!order.rooftopId().equals(receipt.rooftop())) {
                                return Optional.of(Outcome.invalid("orders", "names an order of another rooftop"));
                            }
                            TransitionResult result = order.receive(receipt.binLocation(), access.actor(), ctx.now());
                            return result instanceof TransitionResult.Rejected rejected
                                    ? Optional.of(Outcome.rejected("illegal-transition", rejected.message()))
                                    : Optional.empty();
                        });
                if (!(one instanceof Outcome.Ok<SpecialOrder> ok)) {
                    return one.map(o -> List.<SpecialOrder>of());
                }
                received.add(ok.value());
            }
            received.forEach(order -> notifications.moved(order.tenantId(), order));
            return Outcome.ok(received);
        });
    }

    /** The rooftop exists in the actor's organization and lies within their scope. */
    private boolean reaches(Access.Granted access, Actor actor, RooftopId rooftop) {
        return access.scope().covers(rooftop) && rooftops.find(actor.tenantId(), rooftop).isPresent();
    }

    @Override
    public Outcome<BinLabel> label(Actor actor, SpecialOrderId id) {
        return ctx.authorized(actor, Permission.SOP_READ, access -> changes.visible(actor.tenantId(), id, access.scope())
                .map(order -> {
                    var d = order.details();
                    Optional<String> customer = access.may(Permission.CUSTOMER_CONTACT_READ)
                            ? customers.find(actor.tenantId(), d.customerId()).map(c -> c.contact().shortName())
                            : Optional.empty();
                    LocalDate date = order.receivedAt().orElse(ctx.now()).atOffset(ZoneOffset.UTC).toLocalDate();
                    return Outcome.ok(new BinLabel(order.id(), customer, d.roNumber(), order.sopNumber(),
                            d.partNumber(), d.binLocation(), date, publicUrl.resolve("/sops/" + order.id().value())));
                }).orElseGet(() -> Outcome.notFound("special order")));
    }
}
