package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * A search over special orders (R-SOP-6). Every filter is optional except the rooftop scope; an empty status set means
 * any status. Results are ordered newest first by (created time, id) and paged by keyset.
 */
public record SpecialOrderQuery(RooftopScope rooftops, Set<SopStatus> statuses, Optional<RoNumber> roNumber,
                                Optional<SopNumber> sopNumber, Optional<CustomerId> customerId,
                                Optional<PartNumber> partNumber, Optional<Instant> receivedBefore,
                                Optional<PageCursor> after, int limit) {

    public SpecialOrderQuery {
        Require.present("rooftops", rooftops);
        statuses = Set.copyOf(Require.present("statuses", statuses));
        Require.present("roNumber", roNumber);
        Require.present("sopNumber", sopNumber);
        Require.present("customerId", customerId);
        Require.present("partNumber", partNumber);
        Require.present("receivedBefore", receivedBefore);
        Require.present("after", after);
        Page.limit(limit);
    }

    /** Everything in the scope, first page of {@code limit}. */
    public static SpecialOrderQuery all(RooftopScope rooftops, int limit) {
        return new SpecialOrderQuery(rooftops, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public SpecialOrderQuery withRooftops(RooftopScope scope) {
        return new SpecialOrderQuery(scope, statuses, roNumber, sopNumber, customerId, partNumber, receivedBefore, after,
                limit);
    }

    public SpecialOrderQuery withCustomer(CustomerId customer) {
        return new SpecialOrderQuery(rooftops, statuses, roNumber, sopNumber, Optional.of(customer), partNumber,
                receivedBefore, after, limit);
    }

    public SpecialOrderQuery withStatuses(Set<SopStatus> wanted) {
        return new SpecialOrderQuery(rooftops, wanted, roNumber, sopNumber, customerId, partNumber, receivedBefore, after,
                limit);
    }

    public SpecialOrderQuery after(PageCursor cursor) {
        return new SpecialOrderQuery(rooftops, statuses, roNumber, sopNumber, customerId, partNumber, receivedBefore,
                Optional.of(cursor), limit);
    }
}
