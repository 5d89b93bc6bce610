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
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.server.security.Principals;

/**
 * The parts board of one rooftop (R-WEB-2): how many special orders stand at each status, and the orders of the
 * status chosen, newest first.
 */
@Controller("/board")
@Secured(SecurityRule.IS_ANONYMOUS)
public final class BoardPage {

    /** One status's tile. */
    public record Tile(String status, String label, long count) {
    }

    private final ListRooftopsUseCase rooftops;
    private final CountSpecialOrdersUseCase counts;
    private final SearchSpecialOrdersUseCase search;

    BoardPage(ListRooftopsUseCase rooftops, CountSpecialOrdersUseCase counts, SearchSpecialOrdersUseCase search) {
        this.rooftops = rooftops;
        this.counts = counts;
        this.search = search;
    }

    @Get(value = "{?rooftop,status}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> board(HttpRequest<?> request, @Nullable Authentication authentication,
                          @Nullable @QueryValue String rooftop, @Nullable @QueryValue String status) {
        if (authentication == null) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        Actor actor = Principals.actor(authentication);
        Outcome<List<Rooftop>> reachable = rooftops.list(actor);
        if (!(reachable instanceof Outcome.Ok<List<Rooftop>> ok)) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        Optional<Rooftop> shown = ok.value().stream()
                .filter(r -> rooftop == null || r.id().value().toString().equals(rooftop)).findFirst();
        if (shown.isEmpty()) {
            return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
        }
        Map<SopStatus, Long> byStatus = counts.count(new CountSpecialOrdersUseCase.Query(actor,
                Optional.of(shown.get().id()))).orElseThrow();
        List<Tile> tiles = new ArrayList<>();
        for (SopStatus each : SopStatus.values()) {
            tiles.add(new Tile(each.name(), label(each), byStatus.getOrDefault(each, 0L)));
        }
        Optional<SopStatus> selected = Arrays.stream(SopStatus.values()).filter(s -> s.name().equals(status))
                .findFirst();
        List<SpecialOrder> listed = selected.map(s -> search.search(new SearchSpecialOrdersUseCase.Query(actor,
                        SpecialOrderQuery.all(RooftopScope.only(Set.of(shown.get().id())), 50).withStatuses(Set.of(s))))
                .orElseThrow().items()).orElse(List.of());
        return Pages.render(request, HttpStatus.OK, "board", Map.of("rooftop", shown.get().details().name(),
                "rooftops", ok.value(), "rooftopId", shown.get().id().value().toString(), "tiles", tiles,
                "selected", selected.map(BoardPage::label).orElse(""), "orders", listed));
    }

    static String label(SopStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
