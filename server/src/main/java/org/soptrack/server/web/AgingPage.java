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
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/**
 * The aging and return-or-bill report of one rooftop (R-SOP-4, R-SOP-4a, R-WEB-2): parts on the shelf past the aging
 * threshold with the money at risk, and the parts whose return deadline is near or past, earliest first. Every figure
 * is core's; the page only lays them out.
 */
@Hidden
@Controller("/aging")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class AgingPage {

    private final ListRooftopsUseCase rooftops;
    private final AgingReportUseCase aging;

    AgingPage(ListRooftopsUseCase rooftops, AgingReportUseCase aging) {
        this.rooftops = rooftops;
        this.aging = aging;
    }

    @Get(value = "{?rooftop}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> report(HttpRequest<?> request, Authentication authentication,
                           @Nullable @QueryValue String rooftop) {
        Actor actor = Principals.actor(authentication);
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, rooftop);
        if (!(reachable instanceof Outcome.Ok<Reachable> here)) {
            return Pages.refusal(request, reachable);
        }
        Outcome<AgingReportUseCase.Report> report = aging.report(new AgingReportUseCase.Query(actor,
                Optional.of(here.value().shown().id())));
        if (!(report instanceof Outcome.Ok<AgingReportUseCase.Report> ok)) {
            return Pages.refusal(request, report);
        }
        Rooftop shown = here.value().shown();
        return Pages.render(request, HttpStatus.OK, "aging", Map.of("rooftop", shown.details().name(),
                "report", ok.value(), "total", Optional.ofNullable(ok.value().totals().get(shown.id()))));
    }
}
