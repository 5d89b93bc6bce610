package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.ReceivingUseCase;
import org.soptrack.server.security.Principals;

/**
 * Receiving the day's delivery (R-SOP-10, R-WEB-2): a part number typed or scanned lists the rooftop's orders waiting
 * for it, oldest first; the ones ticked are received into one bin together, and their bin labels are a click away.
 */
@Hidden
@Controller("/receiving")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class ReceivingPage {

    private final ListRooftopsUseCase rooftops;
    private final ReceivingUseCase receiving;
    private final Csrf csrf;

    ReceivingPage(ListRooftopsUseCase rooftops, ReceivingUseCase receiving, Csrf csrf) {
        this.rooftops = rooftops;
        this.receiving = receiving;
        this.csrf = csrf;
    }

    @Get(value = "{?rooftop,part}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String rooftop,
                         @Nullable @QueryValue String part) {
        return render(request, Principals.actor(authentication), rooftop, part, "", HttpStatus.OK, Map.of(),
                List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> receive(HttpRequest<?> request, Authentication authentication, @Body ReceiptForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, form.rooftop());
        if (!(reachable instanceof Outcome.Ok<Reachable> here) || form.rooftop() == null) {
            return Pages.refusal(request, reachable);
        }
        FormErrors errors = new FormErrors();
        List<ReceivingUseCase.Line> lines = errors.read("orders", () -> lines(form.order()));
        ReceivingUseCase.Receipt receipt = errors.any() ? null : errors.readWhole("binLocation", () ->
                new ReceivingUseCase.Receipt(actor, here.value().shown().id(), form.binLocation(), lines));
        if (receipt != null) {
            Outcome<List<SpecialOrder>> received = receiving.receive(receipt);
            if (received instanceof Outcome.Ok<List<SpecialOrder>> ok) {
                return render(request, actor, form.rooftop(), null, "", HttpStatus.OK, Map.of(), ok.value());
            }
            if (received instanceof Outcome.Forbidden<?> || received instanceof Outcome.NotFound<?>) {
                return Pages.refusal(request, received);
            }
            errors.add(received);
        }
        return render(request, actor, form.rooftop(), form.part(), form.binLocation(),
                HttpStatus.UNPROCESSABLE_ENTITY, errors.asMap(), List.of());
    }

    /** Each ticked order comes as "id:version", the version the receiver saw. */
    private static List<ReceivingUseCase.Line> lines(@Nullable List<String> ticked) {
        if (ticked == null || ticked.isEmpty()) {
            throw new InvalidValueException("orders", "tick at least one order");
        }
        List<ReceivingUseCase.Line> lines = new ArrayList<>();
        for (String each : ticked) {
            int colon = each.indexOf(':');
            lines.add(new ReceivingUseCase.Line(SpecialOrderId.parse(each.substring(0, colon)),
                    Long.parseLong(each.substring(colon + 1))));
        }
        return lines;
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, @Nullable String rooftop,
                                   @Nullable String part, @Nullable String bin, HttpStatus status,
                                   Map<String, String> errors,
                                   List<SpecialOrder> received) {
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, rooftop);
        if (!(reachable instanceof Outcome.Ok<Reachable> here)) {
            return Pages.refusal(request, reachable);
        }
        Map<String, String> problems = new HashMap<>(errors);
        List<SpecialOrder> waiting = List.of();
        if (part != null && !part.isBlank()) {
            PartNumber number = new FormErrors().read("part", () -> PartNumber.of(part));
            Outcome<List<SpecialOrder>> found = number == null ? null
                    : receiving.waiting(actor, here.value().shown().id(), number);
            if (found instanceof Outcome.Ok<List<SpecialOrder>> ok) {
                waiting = ok.value();
            } else if (found != null && !(found instanceof Outcome.Invalid<?>)) {
                return Pages.refusal(request, found);
            } else {
                problems.putIfAbsent("part", "is not a part number");
            }
        }
        return Pages.render(request, status, "receiving", Map.of("rooftop", here.value().shown().details().name(),
                "rooftopId", here.value().id(), "part", part == null ? "" : part, "bin", bin == null ? "" : bin,
                "waiting", waiting,
                "received", received, "errors", problems));
    }

    @Serdeable
    record ReceiptForm(@Nullable String rooftop, @Nullable String part, @Nullable String binLocation,
                       @Nullable List<String> order, @Nullable String _csrf) {
    }
}
