package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.server.security.Principals;

/**
 * The BDC's day (R-SOP-4c, R-WEB-2): the calls due at a rooftop, and a repair order with its lines, whether all its
 * parts arrived, the attempts so far and a form to log the call just made.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class CallsPages {

    /** A call due, with the customer to call. */
    public record Due(BdcDueListUseCase.Task task, Optional<Customer> customer) {
    }

    private final ListRooftopsUseCase rooftops;
    private final BdcDueListUseCase due;
    private final GetRepairOrderUseCase repairOrders;
    private final GetCustomerUseCase customers;
    private final LogContactAttemptUseCase log;
    private final Csrf csrf;

    CallsPages(ListRooftopsUseCase rooftops, BdcDueListUseCase due, GetRepairOrderUseCase repairOrders,
               GetCustomerUseCase customers, LogContactAttemptUseCase log, Csrf csrf) {
        this.rooftops = rooftops;
        this.due = due;
        this.repairOrders = repairOrders;
        this.customers = customers;
        this.log = log;
        this.csrf = csrf;
    }

    @Get(value = "/calls{?rooftop}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> calls(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String rooftop) {
        Actor actor = Principals.actor(authentication);
        Outcome<Reachable> reachable = Reachable.of(rooftops, actor, rooftop);
        if (!(reachable instanceof Outcome.Ok<Reachable> here)) {
            return Pages.refusal(request, reachable);
        }
        Outcome<List<BdcDueListUseCase.Task>> tasks = due.dueList(new BdcDueListUseCase.Query(actor,
                Optional.of(here.value().shown().id())));
        if (!(tasks instanceof Outcome.Ok<List<BdcDueListUseCase.Task>> ok)) {
            return Pages.refusal(request, tasks);
        }
        List<Due> calls = new ArrayList<>();
        ok.value().forEach(task -> calls.add(new Due(task, customer(actor, task.customerId()))));
        return Pages.render(request, HttpStatus.OK, "calls", Map.of("rooftop", here.value().shown().details().name(),
                "rooftopId", here.value().id(), "calls", calls));
    }

    @Get(value = "/repair-orders/{rooftop}/{ro}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> repairOrder(HttpRequest<?> request, Authentication authentication, @PathVariable String rooftop,
                                @PathVariable String ro) {
        return show(request, Principals.actor(authentication), rooftop, ro, HttpStatus.OK, new FormErrors());
    }

    @Post(value = "/repair-orders/{rooftop}/{ro}/calls", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> logCall(HttpRequest<?> request, Authentication authentication, @PathVariable String rooftop,
                            @PathVariable String ro, @Body CallForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        FormErrors errors = new FormErrors();
        ContactChannel channel = errors.read("channel", () -> ContactChannel.valueOf(form.channel()));
        ContactOutcome outcome = errors.read("outcome", () -> ContactOutcome.valueOf(form.outcome()));
        Optional<RooftopId> rooftopId = Pages.id(rooftop, RooftopId::parse);
        Optional<RoNumber> roNumber = Pages.id(ro, RoNumber::of);
        if (rooftopId.isEmpty() || roNumber.isEmpty()) {
            return Pages.notFound(request);
        }
        LogContactAttemptUseCase.Command command = errors.any() ? null : errors.readWhole("note", () ->
                new LogContactAttemptUseCase.Command(actor, rooftopId.get(), roNumber.get(), channel, outcome,
                        form.note() == null ? "" : form.note()));
        if (command != null) {
            Outcome<?> logged = log.log(command);
            if (logged.isOk()) {
                return HttpResponse.seeOther(URI.create("/repair-orders/" + rooftop + "/"
                        + URLEncoder.encode(ro, StandardCharsets.UTF_8).replace("+", "%20")));
            }
            if (logged instanceof Outcome.Forbidden<?> || logged instanceof Outcome.NotFound<?>
                    || logged instanceof Outcome.Rejected<?>) {
                return Pages.refusal(request, logged);
            }
            errors.add(logged);
        }
        return show(request, actor, rooftop, ro, HttpStatus.UNPROCESSABLE_ENTITY, errors);
    }

    private HttpResponse<?> show(HttpRequest<?> request, Actor actor, String rooftop, String ro, HttpStatus status,
                                 FormErrors errors) {
        Optional<RooftopId> rooftopId = Pages.id(rooftop, RooftopId::parse);
        Optional<RoNumber> roNumber = Pages.id(ro, RoNumber::of);
        if (rooftopId.isEmpty() || roNumber.isEmpty()) {
            return Pages.notFound(request);
        }
        Outcome<GetRepairOrderUseCase.RepairOrder> found = repairOrders.get(new GetRepairOrderUseCase.Query(actor,
                rooftopId.get(), roNumber.get()));
        if (!(found instanceof Outcome.Ok<GetRepairOrderUseCase.RepairOrder> ok) || ok.value().lines().isEmpty()) {
            return Pages.refusal(request, found.isOk() ? Outcome.notFound("repair order") : found);
        }
        Optional<Customer> customer = customer(actor, ok.value().lines().get(0).details().customerId());
        return Pages.render(request, status, "repair_order", Map.of("rooftopId", rooftop, "ro", roNumber.get().value(),
                "repairOrder", ok.value(), "customer", customer, "channels", List.of(ContactChannel.values()),
                "outcomes", List.of(ContactOutcome.values()), "errors", errors.asMap()));
    }

    private Optional<Customer> customer(Actor actor, CustomerId id) {
        return customers.get(new GetCustomerUseCase.Query(actor, id)) instanceof Outcome.Ok<Customer> ok
                ? Optional.of(ok.value()) : Optional.empty();
    }

    @Serdeable
    record CallForm(@Nullable String channel, @Nullable String outcome, @Nullable String note,
                    @Nullable String _csrf) {
    }
}
