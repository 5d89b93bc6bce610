package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PartsBoardUseCase;
import org.soptrack.core.port.in.WatchRooftopUseCase;
import org.soptrack.server.security.Principals;
import org.soptrack.server.wiring.ShuttingDown;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The parts board of one rooftop (R-WEB-2): how many special orders stand at each status, and the orders of the
 * status chosen, newest first.
 */
@Hidden
@Controller("/board")
@Secured(SecurityRule.IS_ANONYMOUS)
public final class BoardPage {

    /** One status's tile. */
    public record Tile(String status, String label, long count) {
    }

    private final ListRooftopsUseCase rooftops;
    private final PartsBoardUseCase board;
    private final WatchRooftopUseCase watch;
    private final ShuttingDown shuttingDown;

    BoardPage(ListRooftopsUseCase rooftops, PartsBoardUseCase board, WatchRooftopUseCase watch,
              ShuttingDown shuttingDown) {
        this.rooftops = rooftops;
        this.board = board;
        this.watch = watch;
        this.shuttingDown = shuttingDown;
    }

    @Get(value = "{?rooftop,status}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> board(HttpRequest<?> request, @Nullable Authentication authentication,
                          @Nullable @QueryValue String rooftop, @Nullable @QueryValue String status) {
        if (authentication == null) {
            return Pages.signIn(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, rooftop);
        if (!(reachable instanceof Outcome.Ok<Reachable> here)) {
            return Pages.refusal(request, reachable);
        }
        Optional<SopStatus> selected = Arrays.stream(SopStatus.values()).filter(s -> s.name().equals(status))
                .findFirst();
        Outcome<PartsBoardUseCase.Board> read = board.board(new PartsBoardUseCase.Query(actor,
                here.value().shown().id(), selected, 50));
        if (!(read instanceof Outcome.Ok<PartsBoardUseCase.Board> ok)) {
            return Pages.refusal(request, read);
        }
        List<Tile> tiles = new ArrayList<>();
        for (SopStatus each : SopStatus.values()) {
            tiles.add(new Tile(each.name(), label(each), ok.value().counts().getOrDefault(each, 0L)));
        }
        String view = Pages.partial(request) ? "board_content" : "board";
        return Pages.render(request, HttpStatus.OK, view, Map.of("rooftop", here.value().shown().details().name(),
                "rooftops", here.value().all(), "rooftopId", here.value().id(), "tiles", tiles,
                "selected", selected.map(BoardPage::label).orElse(""), "status", selected.map(Enum::name).orElse(""),
                "orders", ok.value().orders()));
    }

    /**
     * A "changed" event each time an order at the rooftop changes (at most four a second), for the board's htmx
     * server-sent-events connection, which then reads the board again. A comment at once opens the stream in the
     * browser, and one every 25 seconds keeps proxies from closing it and tells the server when the browser has gone.
     * The stream ends when the server shuts down; the browser then reconnects.
     */
    @Get(value = "/events{?rooftop}", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> events(Authentication authentication, @QueryValue String rooftop) {
        Optional<RooftopId> id = Pages.id(rooftop, RooftopId::parse);
        if (id.isEmpty()) {
            return HttpResponse.notFound();
        }
        Sinks.Many<Event<String>> changes = Sinks.many().multicast().directBestEffort();
        Outcome<WatchRooftopUseCase.Subscription> watching = watch.watch(Principals.actor(authentication), id.get(),
                () -> changes.tryEmitNext(Event.of("changed").name("changed")));
        if (!(watching instanceof Outcome.Ok<WatchRooftopUseCase.Subscription> ok)) {
            return HttpResponse.notFound();
        }
        Flux<Event<String>> keepAlive = Flux.interval(Duration.ZERO, Duration.ofSeconds(25))
                .map(tick -> Event.of("").comment("still here"));
        return HttpResponse.ok(Flux.merge(changes.asFlux().sample(Duration.ofMillis(250)), keepAlive)
                .takeUntilOther(shuttingDown.started())
                .doFinally(signal -> ok.value().close())).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
    }

    static String label(SopStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
