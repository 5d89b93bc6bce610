package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.AgingAssessment;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.RoArrival;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.server.security.Principals;

/**
 * Repair orders and the lists that drive the parts desk and the BDC: all parts of an RO and whether they arrived,
 * contact attempts, the BDC's due list and the aging / return-or-bill report.
 */
@Tag(name = "Repair orders and calls")
@ProblemResponses
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RepairOrdersController {

    private final AgingReportUseCase agingReport;
    private final BdcDueListUseCase bdcDueList;
    private final GetRepairOrderUseCase getRepairOrder;
    private final LogContactAttemptUseCase logContactAttempt;

    RepairOrdersController(AgingReportUseCase agingReport, BdcDueListUseCase bdcDueList, GetRepairOrderUseCase getRepairOrder, LogContactAttemptUseCase logContactAttempt) {
        this.agingReport = agingReport;
        this.bdcDueList = bdcDueList;
        this.getRepairOrder = getRepairOrder;
        this.logContactAttempt = logContactAttempt;
    }

    /** A repair order: its lines, how many arrived, the calls made and the next one due. */
    @Get("/rooftops/{rooftopId}/repair-orders/{roNumber}")
    HttpResponse<RepairOrderView> repairOrder(Authentication auth, @PathVariable String rooftopId,
                                              @PathVariable String roNumber) {
        var query = new GetRepairOrderUseCase.Query(Principals.actor(auth), Input.pathId(rooftopId, RooftopId::parse),
                Input.pathId(roNumber, RoNumber::of));
        return Problems.ok(getRepairOrder.get(query), ro -> new RepairOrderView(
                ro.lines().stream().map(SopJson.View::of).toList(), ArrivalView.of(ro.arrival()),
                ro.attempts().stream().map(AttemptView::of).toList(), ro.followUp().stage().name(),
                ro.followUp().dueAt().orElse(null)));
    }

    /** Logs a call, text or e-mail to the repair order's customer. */
    @Post("/rooftops/{rooftopId}/repair-orders/{roNumber}/contact-attempts")
    @Status(HttpStatus.CREATED)
    HttpResponse<AttemptView> logContactAttempt(Authentication auth, @PathVariable String rooftopId,
                                                @PathVariable String roNumber, @Body AttemptRequest body) {
        var command = new LogContactAttemptUseCase.Command(Principals.actor(auth),
                Input.pathId(rooftopId, RooftopId::parse), Input.pathId(roNumber, RoNumber::of),
                Input.required("channel", body.channel(), ContactChannel::valueOf),
                Input.required("outcome", body.outcome(), ContactOutcome::valueOf), body.note());
        return Problems.respond(logContactAttempt.log(command), HttpStatus.CREATED, AttemptView::of);
    }

    /** Repair orders whose customer is due a call, soonest first. */
    @Get("/bdc/due{?rooftopId}")
    HttpResponse<List<TaskView>> callsDue(Authentication auth, @Nullable @QueryValue String rooftopId) {
        var query = new BdcDueListUseCase.Query(Principals.actor(auth),
                Input.optional("rooftopId", rooftopId, RooftopId::parse));
        return Problems.ok(bdcDueList.dueList(query), tasks -> tasks.stream().map(t -> new TaskView(
                ArrivalView.of(t.arrival()), t.customerId().value().toString(), t.dueAt(), t.attempts())).toList());
    }

    /** Overdue parts and parts to return or bill, with the value at risk per rooftop. */
    @Get("/reports/aging{?rooftopId}")
    HttpResponse<AgingView> agingReport(Authentication auth, @Nullable @QueryValue String rooftopId) {
        var query = new AgingReportUseCase.Query(Principals.actor(auth),
                Input.optional("rooftopId", rooftopId, RooftopId::parse));
        return Problems.ok(agingReport.report(query), report -> {
            Map<String, TotalView> totals = new TreeMap<>();
            report.totals().forEach((id, t) -> totals.put(id.value().toString(), new TotalView(t.overdueParts(),
                    money(t.valueAtRisk()), money(t.netValueAtRisk()))));
            return new AgingView(report.overdue().stream().map(AgingEntry::of).toList(),
                    report.returnOrBill().stream().map(AgingEntry::of).toList(), totals);
        });
    }

    static String money(Money m) {
        return m.amount().toPlainString();
    }

    @Serdeable
    record AttemptRequest(String channel, String outcome, @Nullable String note) {
    }

    @Serdeable
    record AttemptView(String id, String customerId, Instant at, String by, String channel, String outcome,
                       String note) {
        static AttemptView of(ContactAttempt a) {
            return new AttemptView(a.id().value().toString(), a.customerId().value().toString(), a.at(),
                    Actors.text(a.by()), a.channel().name(), a.outcome().name(), a.note());
        }
    }

    @Serdeable
    record ArrivalView(String rooftopId, String roNumber, int lines, int arrived, @Nullable Instant firstArrivedAt,
                       @Nullable Instant allArrivedAt, boolean awaitingCustomerContact) {
        static ArrivalView of(RoArrival a) {
            return new ArrivalView(a.rooftopId().value().toString(), a.roNumber().value(), a.lines(), a.arrived(),
                    a.firstArrivedAt().orElse(null), a.allArrivedAt().orElse(null), a.awaitingCustomerContact());
        }
    }

    @Serdeable
    record RepairOrderView(List<SopJson.View> lines, ArrivalView arrival, List<AttemptView> attempts,
                           String followUp, @Nullable Instant followUpDueAt) {
    }

    @Serdeable
    record TaskView(ArrivalView arrival, String customerId, Instant dueAt, int attempts) {
    }

    @Serdeable
    record AgingEntry(SopJson.View order, long ageDays, Instant returnDeadline, List<String> reached, boolean kept,
                      String valueAtRisk, String netValueAtRisk) {
        static AgingEntry of(AgingReportUseCase.Entry e) {
            AgingAssessment a = e.assessment();
            return new AgingEntry(SopJson.View.of(e.order()), a.age().toDays(), a.returnDeadline(),
                    a.reached().stream().map(Enum::name).sorted().toList(), a.kept(), money(a.valueAtRisk()),
                    money(a.netValueAtRisk()));
        }
    }

    @Serdeable
    record TotalView(int overdueParts, String valueAtRisk, String netValueAtRisk) {
    }

    @Serdeable
    record AgingView(List<AgingEntry> overdue, List<AgingEntry> returnOrBill, Map<String, TotalView> totals) {
    }
}
