package org.soptrack.core.domain.sop;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.Require;

/**
 * When a shelved part counts as aging, and when it must go back to its vendor (R-SOP-4). Vendor windows are keyed by
 * {@link Vendor#key()}; vendors without one get the default window.
 */
public record AgingPolicy(Duration agingThreshold, Duration defaultReturnWindow, Map<String, Duration> vendorReturnWindows,
                          Duration deadlineNearWindow) {

    public static final AgingPolicy DEFAULTS = new AgingPolicy(Duration.ofDays(14), Duration.ofDays(30), Map.of(),
            Duration.ofDays(5));

    public AgingPolicy {
        Require.days("agingThresholdDays", agingThreshold, 1, 365);
        Require.days("defaultReturnWindowDays", defaultReturnWindow, 1, 365);
        vendorReturnWindows = Map.copyOf(Require.present("vendorReturnWindows", vendorReturnWindows));
        vendorReturnWindows.forEach((vendor, window) -> Require.days("vendorReturnWindows." + vendor, window, 1, 365));
        Require.days("deadlineNearWindowDays", deadlineNearWindow, 1, 60);
    }

    public Duration returnWindowFor(Vendor vendor) {
        return vendorReturnWindows.getOrDefault(vendor.key(), defaultReturnWindow);
    }

    /** The earliest return deadline among the shelved, returnable lines given, if any. */
    public Optional<Instant> earliestReturnDeadline(List<SpecialOrder> lines) {
        return lines.stream()
                .filter(o -> o.status().isOnShelf() && !o.details().nonReturnable())
                .flatMap(o -> o.receivedAt().map(r -> r.plus(returnWindowFor(o.details().vendor()))).stream())
                .min(Comparator.naturalOrder());
    }

    /** How an order stands at {@code now}; empty unless the part is on the shelf. */
    public Optional<AgingAssessment> assess(SpecialOrder order, Instant now) {
        if (!order.status().isOnShelf() || order.receivedAt().isEmpty()) {
            return Optional.empty();
        }
        Instant received = order.receivedAt().get();
        Duration age = Duration.between(received, now);
        Instant deadline = received.plus(returnWindowFor(order.details().vendor()));
        Set<AgingMilestone> reached = EnumSet.noneOf(AgingMilestone.class);
        if (age.compareTo(agingThreshold) >= 0) {
            reached.add(AgingMilestone.AGING_THRESHOLD);
        }
        if (!now.isBefore(deadline.minus(deadlineNearWindow))) {
            reached.add(AgingMilestone.RETURN_DEADLINE_NEAR);
        }
        if (!now.isBefore(deadline)) {
            reached.add(AgingMilestone.RETURN_DEADLINE_PASSED);
        }
        return Optional.of(new AgingAssessment(order.id(), order.rooftopId(), received, age.isNegative() ? Duration.ZERO : age,
                deadline, reached, order.keep().isPresent(), order.details().value(),
                order.details().valueNetOfDeposit()));
    }
}
