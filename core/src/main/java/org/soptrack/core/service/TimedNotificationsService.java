package org.soptrack.core.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.AgingAssessment;
import org.soptrack.core.domain.sop.AgingMilestone;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.TimedNotificationsUseCase;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.OutboxRepository;
import org.soptrack.core.port.out.RooftopRepository;
import org.soptrack.core.port.out.SpecialOrderRepository;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.TransactionPort;

/**
 * Looks at every shelved part and every RO waiting for a call, one organization per transaction, and raises the
 * events whose time has come. Each occurrence has a key (the order and the receipt it ages from; the RO and the due
 * time of the call), so a threshold is raised once however often the job runs, and again only for a new receipt or a
 * new due time.
 */
public final class TimedNotificationsService implements TimedNotificationsUseCase {

    private final TransactionPort transactions;
    private final TenantDirectoryPort tenants;
    private final SpecialOrderRepository orders;
    private final RooftopRepository rooftops;
    private final OutboxRepository outbox;
    private final RepairOrderFollowUp followUps;
    private final OrderNotifications notifications;
    private final ClockPort clock;

    TimedNotificationsService(CorePorts ports, RepairOrderFollowUp followUps, OrderNotifications notifications) {
        this.transactions = ports.transactions();
        this.tenants = ports.tenants();
        this.orders = ports.orders();
        this.rooftops = ports.rooftops();
        this.outbox = ports.outbox();
        this.followUps = followUps;
        this.notifications = notifications;
        this.clock = ports.clock();
    }

    @Override
    public Report raiseDue() {
        int[] counts = new int[4];
        for (TenantId tenant : tenants.tenants()) {
            counts[0]++;
            int[] raised = transactions.inTenant(tenant, () -> raiseFor(tenant, clock.now()));
            for (int i = 0; i < 3; i++) {
                counts[i + 1] += raised[i];
            }
        }
        return new Report(counts[0], counts[1], counts[2], counts[3]);
    }

    private int[] raiseFor(TenantId tenant, Instant now) {
        RooftopSettingsLookup settings = RooftopSettingsLookup.load(rooftops, tenant);
        List<SpecialOrder> shelved = orders.findOnShelf(tenant, RooftopScope.allRooftops());
        Map<String, BooleanSupplier> aging = new LinkedHashMap<>();
        Map<String, BooleanSupplier> deadlines = new LinkedHashMap<>();
        for (SpecialOrder order : shelved) {
            settings.of(order.rooftopId()).aging().assess(order, now).ifPresent(a -> {
                String since = order.id().value() + ":" + a.receivedAt();
                if (a.reached().contains(AgingMilestone.AGING_THRESHOLD)) {
                    aging.put("aging:" + since, () -> notifications.about(tenant, order,
                            NotificationEvent.AGING_THRESHOLD_PASSED, "aging:" + since,
                            Map.of("days", Long.toString(a.ageDays()))));
                }
                if (returnable(order, a)) {
                    deadlines.put("deadline-near:" + since, () -> notifications.about(tenant, order,
                            NotificationEvent.RETURN_DEADLINE_NEAR, "deadline-near:" + since,
                            Map.of("deadline", a.returnDeadline().toString().substring(0, 10))));
                }
            });
        }
        Map<String, BooleanSupplier> calls = new LinkedHashMap<>();
        Map<String, List<SpecialOrder>> byRo = shelved.stream().collect(Collectors.groupingBy(
                o -> o.rooftopId().value() + ":" + o.details().roNumber(), LinkedHashMap::new, Collectors.toList()));
        byRo.forEach((ro, lines) -> {
            SpecialOrder first = lines.get(0);
            RepairOrderFollowUp.View view = followUps.load(tenant, first.rooftopId(), first.details().roNumber(),
                    settings.of(first.rooftopId()));
            if (RepairOrderFollowUp.dueAt(view, now)) {
                String key = "contact-due:" + ro + ":" + view.followUp().dueAt().orElseThrow();
                calls.put(key, () -> notifications.repairOrder(tenant, view.lines(), NotificationEvent.BDC_CONTACT_DUE,
                        key, Map.of("lines", Integer.toString(view.arrival().lines()),
                                "since", view.arrival().firstArrivedAt().orElseThrow().toString())));
            }
        });
        Set<String> done = outbox.recordedKeys(tenant, union(aging, deadlines, calls));
        return new int[] {raise(aging, done), raise(deadlines, done), raise(calls, done)};
    }

    private static boolean returnable(SpecialOrder order, AgingAssessment a) {
        return a.reached().contains(AgingMilestone.RETURN_DEADLINE_NEAR)
                && !a.reached().contains(AgingMilestone.RETURN_DEADLINE_PASSED)
                && !a.kept() && !order.details().nonReturnable();
    }

    @SafeVarargs
    private static Set<String> union(Map<String, BooleanSupplier>... maps) {
        return Arrays.stream(maps).flatMap(m -> m.keySet().stream()).collect(Collectors.toSet());
    }

    private static int raise(Map<String, BooleanSupplier> candidates, Set<String> done) {
        int raised = 0;
        for (Map.Entry<String, BooleanSupplier> c : candidates.entrySet()) {
            if (!done.contains(c.getKey()) && c.getValue().getAsBoolean()) {
                raised++;
            }
        }
        return raised;
    }
}
