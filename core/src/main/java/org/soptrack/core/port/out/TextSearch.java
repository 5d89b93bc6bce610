package org.soptrack.core.port.out;

import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * One search box's query as a store runs it (R-SOP-9), newest first by (created time, id), paged by keyset. Text is
 * matched without regard to case or accents. {@code rooftops} bounds the orders searched, and the customers: a scope
 * of some rooftops reaches the customers with an order there and those {@code registeredBy} registered. For orders,
 * {@code byCustomerName} also finds the orders of customers whose name matches (only for callers who may read
 * contact data).
 */
public record TextSearch(SearchText text, RooftopScope rooftops, Optional<ActorRef> registeredBy,
                         boolean byCustomerName, Optional<PageCursor> after, int limit) {

    public TextSearch {
        Require.present("text", text);
        Require.present("rooftops", rooftops);
        Require.present("registeredBy", registeredBy);
        Require.present("after", after);
        Page.limit(limit);
    }
}
