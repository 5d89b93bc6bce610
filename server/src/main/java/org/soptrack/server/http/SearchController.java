package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.port.in.SearchUseCase;
import org.soptrack.server.security.Principals;

/** The one search box (R-SOP-9): customers and special orders matching what was typed, each list paged on its own. */
@Tag(name = "Search")
@ProblemResponses
@Controller("/api/v1/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class SearchController {

    private static final int DEFAULT_LIMIT = 20;

    private final SearchUseCase search;

    SearchController(SearchUseCase search) {
        this.search = search;
    }

    /** One search box over customers and orders: names, phone digits, RO, part, VIN. */
    @Get("{?q,rooftopId,limit,customersAfter,ordersAfter}")
    HttpResponse<Results> search(Authentication auth, @Nullable @QueryValue String q,
                                 @Nullable @QueryValue String rooftopId, @Nullable @QueryValue @PageLimit String limit,
                                 @Nullable @QueryValue String customersAfter,
                                 @Nullable @QueryValue String ordersAfter) {
        var query = new SearchUseCase.Query(Principals.actor(auth), Input.required("q", q, SearchText::of),
                SpecialOrdersController.scope(rooftopId),
                Input.optional("customersAfter", customersAfter, PageCursor::decode),
                Input.optional("ordersAfter", ordersAfter, PageCursor::decode), Input.limit(limit, DEFAULT_LIMIT));
        return Problems.ok(search.search(query), Results::of);
    }

    /** The two lists; pass a list's {@code next} back as {@code customersAfter} or {@code ordersAfter}. */
    @Serdeable
    record Results(Customers customers, Orders orders) {
        static Results of(SearchUseCase.Results r) {
            return new Results(new Customers(r.customers().items().stream().map(CustomerHit::of).toList(),
                    next(r.customers())), new Orders(r.orders().items().stream().map(OrderHit::of).toList(),
                    next(r.orders())));
        }

        private static String next(Page<?> page) {
            return page.next().map(PageCursor::encode).orElse(null);
        }
    }

    @Serdeable
    record Customers(List<CustomerHit> items, @Nullable String next) {
    }

    @Serdeable
    record Orders(List<OrderHit> items, @Nullable String next) {
    }

    @Serdeable
    record CustomerHit(String id, String name, @Nullable String phone, @Nullable String email) {
        static CustomerHit of(Customer c) {
            return new CustomerHit(c.id().value().toString(), c.contact().name(),
                    c.contact().phone().map(PhoneNumber::value).orElse(null),
                    c.contact().email().map(Email::value).orElse(null));
        }
    }

    /** An order found; {@code customerName} only for callers who may read contact data. */
    @Serdeable
    record OrderHit(String id, String rooftopId, long sopNumber, String status, String roNumber, String partNumber,
                    String description, String vendor, @Nullable String vin, String customerId,
                    @Nullable String customerName, Instant createdAt) {
        static OrderHit of(SearchUseCase.OrderHit hit) {
            SpecialOrder o = hit.order();
            var d = o.details();
            return new OrderHit(o.id().value().toString(), o.rooftopId().value().toString(), o.sopNumber().value(),
                    o.status().name(), d.roNumber().value(), d.partNumber().value(), d.description(), d.vendor().name(),
                    d.vehicle().vin().orElse(null), d.customerId().value().toString(), hit.customerName().orElse(null),
                    o.state().createdAt());
        }
    }
}
