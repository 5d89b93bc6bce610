package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.out.SpecialOrderQuery;
import org.soptrack.server.security.Principals;

/** Special orders: open, read, edit, move through their statuses, keep past the deadline, search and count. */
@Tag(name = "Special orders")
@ProblemResponses
@Controller("/api/v1/sops")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class SpecialOrdersController {

    private static final int DEFAULT_LIMIT = 50;

    private final CountSpecialOrdersUseCase countSpecialOrders;
    private final CreateSpecialOrderUseCase createSpecialOrder;
    private final GetSpecialOrderUseCase getSpecialOrder;
    private final KeepPartUseCase keepPart;
    private final SearchSpecialOrdersUseCase searchSpecialOrders;
    private final TransitionSpecialOrderUseCase transitionSpecialOrder;
    private final UpdateSpecialOrderUseCase updateSpecialOrder;

    SpecialOrdersController(CountSpecialOrdersUseCase countSpecialOrders, CreateSpecialOrderUseCase createSpecialOrder, GetSpecialOrderUseCase getSpecialOrder, KeepPartUseCase keepPart, SearchSpecialOrdersUseCase searchSpecialOrders, TransitionSpecialOrderUseCase transitionSpecialOrder, UpdateSpecialOrderUseCase updateSpecialOrder) {
        this.countSpecialOrders = countSpecialOrders;
        this.createSpecialOrder = createSpecialOrder;
        this.getSpecialOrder = getSpecialOrder;
        this.keepPart = keepPart;
        this.searchSpecialOrders = searchSpecialOrders;
        this.transitionSpecialOrder = transitionSpecialOrder;
        this.updateSpecialOrder = updateSpecialOrder;
    }

    /** Opens a special order for a customer's repair. */
    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<SopJson.View> createSpecialOrder(Authentication auth, @Body SopJson.Details body) {
        var command = new CreateSpecialOrderUseCase.Command(Principals.actor(auth),
                body.newOrderRooftop(), body.details());
        return Problems.respond(createSpecialOrder.create(command), HttpStatus.CREATED, SopJson.View::of);
    }

    /** One special order with its history and allowed moves. */
    @Get("/{id}")
    HttpResponse<SopJson.View> getSpecialOrder(Authentication auth, @PathVariable String id) {
        var query = new GetSpecialOrderUseCase.Query(Principals.actor(auth), Input.pathId(id, SpecialOrderId::parse));
        return Problems.ok(getSpecialOrder.get(query), SopJson.View::of);
    }

    /** Edits a special order's details, at the version read. */
    @Put("/{id}")
    HttpResponse<SopJson.View> updateSpecialOrder(Authentication auth, @PathVariable String id,
                                                  @Body SopJson.Details body) {
        var command = new UpdateSpecialOrderUseCase.Command(Principals.actor(auth),
                Input.pathId(id, SpecialOrderId::parse), body.editedVersion(), body.details());
        return Problems.ok(updateSpecialOrder.update(command), SopJson.View::of);
    }

    /** Moves a special order to another status, at the version read. */
    @Post("/{id}/transitions")
    HttpResponse<SopJson.View> transitionSpecialOrder(Authentication auth, @PathVariable String id,
                                                      @Body SopJson.Transition body) {
        var command = new TransitionSpecialOrderUseCase.Command(Principals.actor(auth),
                Input.pathId(id, SpecialOrderId::parse), Input.version(body.version()),
                Input.required("to", body.to(), SopStatus::valueOf), Optional.ofNullable(body.reason()));
        return Problems.ok(transitionSpecialOrder.transition(command), SopJson.View::of);
    }

    /** Keeps a part past its return deadline, with the reason. */
    @Post("/{id}/keep")
    HttpResponse<SopJson.View> keepPart(Authentication auth, @PathVariable String id, @Body SopJson.KeepRequest body) {
        var command = new KeepPartUseCase.Command(Principals.actor(auth), Input.pathId(id, SpecialOrderId::parse),
                Input.version(body.version()), body.reason());
        return Problems.ok(keepPart.keep(command), SopJson.View::of);
    }

    /** Special orders matching the filters, newest first, a page at a time. */
    @Get("{?status*,rooftopId,roNumber,sopNumber,customerId,partNumber,receivedBefore,limit,after}")
    HttpResponse<SopJson.PageJson> specialOrders(
            Authentication auth, @Nullable @QueryValue List<String> status, @Nullable @QueryValue String rooftopId,
            @Nullable @QueryValue String roNumber,
            @Nullable @QueryValue @Parameter(schema = @Schema(type = "integer", format = "int64", minimum = "1"))
            String sopNumber,
            @Nullable @QueryValue String customerId, @Nullable @QueryValue String partNumber,
            @Nullable @QueryValue String receivedBefore, @Nullable @QueryValue @PageLimit String limit,
            @Nullable @QueryValue String after) {
        var filter = new SpecialOrderQuery(scope(rooftopId), Input.names("status", status, SopStatus::valueOf),
                Input.optional("roNumber", roNumber, RoNumber::of),
                Input.optional("sopNumber", sopNumber, s -> SopNumber.of(Long.parseLong(s.strip()))),
                Input.optional("customerId", customerId, CustomerId::parse),
                Input.optional("partNumber", partNumber, PartNumber::of),
                Input.optional("receivedBefore", receivedBefore, Input::instant),
                Input.optional("after", after, PageCursor::decode),
                Input.limit(limit, DEFAULT_LIMIT));
        return Problems.ok(searchSpecialOrders.search(new SearchSpecialOrdersUseCase.Query(
                Principals.actor(auth), filter)), SpecialOrdersController::page);
    }

    /** How many orders are in each status. */
    @Get("/counts{?rooftopId}")
    HttpResponse<Map<String, Long>> countSpecialOrders(Authentication auth, @Nullable @QueryValue String rooftopId) {
        var query = new CountSpecialOrdersUseCase.Query(Principals.actor(auth),
                Input.optional("rooftopId", rooftopId, RooftopId::parse));
        return Problems.ok(countSpecialOrders.count(query), counts -> {
            Map<String, Long> all = new LinkedHashMap<>();
            for (SopStatus s : SopStatus.values()) {
                all.put(s.name(), counts.getOrDefault(s, 0L));
            }
            return all;
        });
    }

    static RooftopScope scope(String rooftopId) {
        return Input.optional("rooftopId", rooftopId, RooftopId::parse)
                .map(id -> RooftopScope.only(Set.of(id))).orElse(RooftopScope.allRooftops());
    }

    private static SopJson.PageJson page(Page<SpecialOrder> page) {
        return new SopJson.PageJson(page.items().stream().map(SopJson.View::of).toList(),
                page.next().map(PageCursor::encode).orElse(null));
    }
}
