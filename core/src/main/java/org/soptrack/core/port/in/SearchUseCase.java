package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.RooftopScope;

/**
 * The one search box (R-SOP-9): customers by any part of the name (without regard to case or accents), phone digits in
 * any formatting, or e-mail address; special orders by RO, SOP number, part number, description, vendor, VIN or
 * customer name; within the caller's rooftops (and the requested ones). Customers and the customer-name match need the
 * right to read contact data; without it the customers are an empty page. Each list is paged by keyset on its own.
 */
public interface SearchUseCase {

    Outcome<Results> search(Query query);

    record Query(Actor actor, SearchText text, RooftopScope rooftops, Optional<PageCursor> customersAfter,
                 Optional<PageCursor> ordersAfter, int limit) {
        public Query {
            Require.present("actor", actor);
            Require.present("text", text);
            Require.present("rooftops", rooftops);
            Require.present("customersAfter", customersAfter);
            Require.present("ordersAfter", ordersAfter);
            Page.limit(limit);
        }
    }

    /** An order found, with its customer's name where the caller may read it. */
    record OrderHit(SpecialOrder order, Optional<String> customerName) {
    }

    record Results(Page<Customer> customers, Page<OrderHit> orders) {
    }
}
