package org.soptrack.core.domain.sop;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;

/**
 * Whether all parts of one repair order have arrived (R-SOP-4b). Cancelled and returned lines no longer count;
 * an RO with no counting line has not "arrived".
 */
public record RoArrival(RooftopId rooftopId, RoNumber roNumber, int lines, int arrived, Optional<Instant> firstArrivedAt,
                        Optional<Instant> allArrivedAt, boolean awaitingCustomerContact) {

    public static RoArrival of(RooftopId rooftopId, RoNumber roNumber, List<SpecialOrder> orders) {
        List<SpecialOrder> counted = orders.stream()
                .filter(o -> o.rooftopId().equals(rooftopId) && o.details().roNumber().equals(roNumber))
                .filter(o -> o.status() != SopStatus.CANCELLED && o.status() != SopStatus.RETURNED)
                .toList();
        List<Instant> received = counted.stream().flatMap(o -> o.receivedAt().stream()).toList();
        boolean all = !counted.isEmpty() && received.size() == counted.size();
        Optional<Instant> first = received.stream().min(Comparator.naturalOrder());
        Optional<Instant> last = all ? received.stream().max(Comparator.naturalOrder()) : Optional.empty();
        boolean awaiting = counted.stream().anyMatch(o -> o.status() == SopStatus.RECEIVED);
        return new RoArrival(rooftopId, roNumber, counted.size(), received.size(), first, last, awaiting);
    }

    public boolean allArrived() {
        return allArrivedAt.isPresent();
    }
}
