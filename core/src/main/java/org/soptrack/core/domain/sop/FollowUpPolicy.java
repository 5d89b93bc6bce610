package org.soptrack.core.domain.sop;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.Require;

/**
 * When the BDC must call about an RO whose parts arrived (R-SOP-4c): {@code firstContactDelay} after arrival (so
 * advisors can call first), then every {@code recycleEvery} until the customer is reached, and daily once the
 * return deadline is within {@code dailyWithin}.
 */
public record FollowUpPolicy(Duration firstContactDelay, Duration recycleEvery, Duration dailyWithin,
                             boolean waitForAllParts) {

    private static final Duration DAY = Duration.ofDays(1);

    public static final FollowUpPolicy DEFAULTS = new FollowUpPolicy(Duration.ofDays(3), Duration.ofDays(2),
            Duration.ofDays(7), true);

    public FollowUpPolicy {
        Require.days("firstContactDelayDays", firstContactDelay, 0, 30);
        Require.days("recycleEveryDays", recycleEvery, 1, 30);
        Require.days("dailyWithinDays", dailyWithin, 0, 60);
    }

    /** Plans the contact task given the RO's arrival, its contact attempts and the earliest return deadline. */
    public FollowUp plan(RoArrival arrival, List<ContactAttempt> attempts, Optional<Instant> returnDeadline) {
        if (!arrival.awaitingCustomerContact()) {
            return FollowUp.none(FollowUp.Stage.NOTHING_TO_DO);
        }
        if (waitForAllParts && !arrival.allArrived()) {
            return FollowUp.none(FollowUp.Stage.WAITING_FOR_PARTS);
        }
        Instant anchor = (waitForAllParts ? arrival.allArrivedAt() : arrival.firstArrivedAt()).orElseThrow();
        List<ContactAttempt> since = attempts.stream().filter(a -> !a.at().isBefore(anchor)).toList();
        if (since.stream().anyMatch(a -> a.outcome() == ContactOutcome.REACHED)) {
            return FollowUp.none(FollowUp.Stage.CUSTOMER_REACHED);
        }
        Optional<Instant> last = since.stream().map(ContactAttempt::at).max(Comparator.naturalOrder());
        Instant regular = last.map(l -> l.plus(recycleEvery)).orElse(anchor.plus(firstContactDelay));
        if (returnDeadline.isEmpty()) {
            return FollowUp.at(regular);
        }
        Instant dailyFrom = returnDeadline.get().minus(dailyWithin);
        Instant earliest = last.map(l -> l.plus(DAY)).orElse(anchor);
        Instant daily = earliest.isAfter(dailyFrom) ? earliest : dailyFrom;
        return FollowUp.at(regular.isBefore(daily) ? regular : daily);
    }
}
