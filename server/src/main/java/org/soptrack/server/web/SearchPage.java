package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.SearchText;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SearchUseCase;
import org.soptrack.server.security.Principals;

/**
 * The one search box (R-SOP-9, R-WEB-2), at the top of the board: customers by name, phone or e-mail (for roles that
 * read contact data) and special orders by RO, SOP number, part, description, vendor, VIN or customer name, within
 * the member's rooftops; the first 20 of each.
 */
@Hidden
@Controller("/search")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class SearchPage {

    private static final int SHOWN = 20;

    private final SearchUseCase search;

    SearchPage(SearchUseCase search) {
        this.search = search;
    }

    @Get(value = "{?q}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> search(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String q) {
        String typed = q == null ? "" : q.strip();
        List<Customer> customers = List.of();
        List<SearchUseCase.OrderHit> orders = List.of();
        String problem = "";
        if (!typed.isEmpty()) {
            SearchText text;
            try {
                text = SearchText.of(typed);
            } catch (RuntimeException e) {
                text = null;
                problem = "Type at least three letters of a name, or a number, a phone number or an e-mail address.";
            }
            if (text != null) {
                Outcome<SearchUseCase.Results> found = search.search(new SearchUseCase.Query(
                        Principals.actor(authentication), text, RooftopScope.allRooftops(), Optional.empty(),
                        Optional.empty(), SHOWN));
                if (!(found instanceof Outcome.Ok<SearchUseCase.Results> ok)) {
                    return Pages.refusal(request, found);
                }
                customers = ok.value().customers().items();
                orders = ok.value().orders().items();
            }
        }
        return Pages.render(request, problem.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY, "search",
                Map.of("q", typed, "customers", customers, "orders", orders, "problem", problem));
    }
}
