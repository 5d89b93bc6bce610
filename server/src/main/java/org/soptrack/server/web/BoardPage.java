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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/** The parts board of one rooftop (R-WEB-2): how many special orders stand at each status. */
@Controller("/board")
@Secured(SecurityRule.IS_ANONYMOUS)
public final class BoardPage {

    /** One status's tile. */
    public record Tile(String status, String label, long count) {
    }

    private final ListRooftopsUseCase rooftops;
    private final CountSpecialOrdersUseCase counts;

    BoardPage(ListRooftopsUseCase rooftops, CountSpecialOrdersUseCase counts) {
        this.rooftops = rooftops;
        this.counts = counts;
    }

    @Get(value = "{?rooftop}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> board(HttpRequest<?> request, @Nullable Authentication authentication,
                          @Nullable @QueryValue String rooftop) {
        if (authentication == null) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        Actor actor = Principals.actor(authentication);
        Outcome<List<Rooftop>> listed = rooftops.list(actor);
        if (!(listed instanceof Outcome.Ok<List<Rooftop>> ok)) {
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
        for (SopStatus status : SopStatus.values()) {
            tiles.add(new Tile(status.name(), label(status), byStatus.getOrDefault(status, 0L)));
        }
        return Pages.render(request, HttpStatus.OK, "board", Map.of("rooftop", shown.get().details().name(),
                "rooftops", ok.value(), "rooftopId", shown.get().id().value().toString(), "tiles", tiles));
    }

    private static String label(SopStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
