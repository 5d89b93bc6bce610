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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.privacy.Regime;
import org.soptrack.core.domain.privacy.RequestType;
import org.soptrack.core.domain.privacy.SubjectRequest;
import org.soptrack.core.domain.privacy.SubjectRequestId;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.LegalHold;
import org.soptrack.core.domain.retention.LegalHoldId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.server.http.ExportFiles;
import org.soptrack.server.security.Principals;

/**
 * Privacy work (R-DSR, R-RET-2, R-WEB-2): customers' requests with their due dates and each step core allows
 * (verify the requester, extend once, then export, erase, restrict, complete or reject), and legal holds on the
 * organization or a customer. A request is recorded, and a customer put on hold, from the customer's page. The
 * security incidents that touched the organization are listed too, each with the download of the people it covers.
 */
@Hidden
@Controller("/privacy")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class PrivacyPage {

    private final SubjectRequestsUseCase requests;
    private final LegalHoldsUseCase holds;
    private final IncidentsUseCase incidents;
    private final Csrf csrf;

    PrivacyPage(SubjectRequestsUseCase requests, LegalHoldsUseCase holds, IncidentsUseCase incidents, Csrf csrf) {
        this.requests = requests;
        this.holds = holds;
        this.incidents = incidents;
        this.csrf = csrf;
    }

    /** The people an incident covers, as a spreadsheet to tell them from (the export is audited). */
    @Post(value = "/incidents/{id}/people", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> incidentPeople(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                   @Body PrivacyForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Optional<UUID> incident = Pages.id(id, UUID::fromString);
        if (incident.isEmpty()) {
            return Pages.notFound(request);
        }
        Outcome<List<IncidentsUseCase.Person>> people = incidents.people(Principals.actor(authentication),
                incident.get());
        if (people instanceof Outcome.Ok<List<IncidentsUseCase.Person>> ok) {
            return ExportFiles.incidentPeople(incident.get(), ok.value());
        }
        return Pages.refusal(request, people);
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
        return render(request, Principals.actor(authentication), HttpStatus.OK, "", "");
    }

    /** A customer's request, recorded from their page. */
    @Post(value = "/requests", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> receive(HttpRequest<?> request, Authentication authentication, @Body PrivacyForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<SubjectRequest> received;
        try {
            received = requests.receive(new SubjectRequestsUseCase.Receive(actor, CustomerId.parse(form.customer()),
                    RequestType.valueOf(Pages.nz(form.type())), Regime.valueOf(Pages.nz(form.regime())), Pages.nz(form.text()),
                    Optional.empty()));
        } catch (IllegalArgumentException e) {
            received = Outcome.invalid("form", "Choose the kind of request and the law it falls under.");
        }
        return answer(request, actor, received, "The request is recorded; it is due on the date shown.");
    }

    /** One step of a request: verify, extend, erase, restrict, complete or reject ({@code text} as each needs). */
    @Post(value = "/requests/{id}/{step}", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> step(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                         @PathVariable String step, @Body PrivacyForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Optional<SubjectRequestId> parsed = Pages.id(id, SubjectRequestId::parse);
        if (parsed.isEmpty()) {
            return Pages.notFound(request);
        }
        SubjectRequestId requestId = parsed.get();
        String text = Pages.nz(form.text());
        Outcome<?> done = switch (step) {
            case "verify" -> requests.verify(actor, requestId, text);
            case "extend" -> requests.extend(actor, requestId, text);
            case "erase" -> requests.erase(actor, requestId);
            case "restrict" -> requests.restrict(actor, requestId);
            case "complete" -> requests.complete(actor, requestId, text);
            case "reject" -> requests.reject(actor, requestId, text);
            case "export" -> requests.export(actor, requestId);
            default -> Outcome.notFound("step");
        };
        if (done instanceof Outcome.Ok<?> ok && ok.value() instanceof PersonalDataExport export) {
            return ExportFiles.respond(export, "csv");
        }
        return answer(request, actor, done, "Done.");
    }

    @Post(value = "/holds", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> place(HttpRequest<?> request, Authentication authentication, @Body PrivacyForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<LegalHold> placed;
        try {
            HoldSubject subject = form.customer() == null || form.customer().isBlank() ? HoldSubject.organization()
                    : HoldSubject.customer(UUID.fromString(form.customer()));
            placed = holds.place(new LegalHoldsUseCase.Place(actor, subject, Pages.nz(form.text())));
        } catch (IllegalArgumentException e) {
            placed = Outcome.invalid("reason", e.getMessage());
        }
        return answer(request, actor, placed, "The legal hold is in force.");
    }

    @Post(value = "/holds/{id}/release", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> release(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                            @Body PrivacyForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Actor actor = Principals.actor(authentication);
        Optional<LegalHoldId> hold = Pages.id(id, LegalHoldId::parse);
        if (hold.isEmpty()) {
            return Pages.notFound(request);
        }
        return answer(request, actor, holds.release(actor, hold.get()), "The legal hold is released.");
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Actor actor, Outcome<?> done, String message) {
        if (done.isOk()) {
            return HttpResponse.seeOther(URI.create("/privacy?done=" + UUID.randomUUID().toString().substring(0, 8)));
        }
        if (done instanceof Outcome.Invalid<?> invalid) {
            return render(request, actor, HttpStatus.UNPROCESSABLE_ENTITY, "", invalid.message());
        }
        if (!Pages.pageWide(done)) {
            FormErrors errors = new FormErrors();
            errors.add(done);
            return render(request, actor, HttpStatus.UNPROCESSABLE_ENTITY, "", errors.asMap().get("form"));
        }
        return Pages.refusal(request, done);
    }

    private HttpResponse<?> render(HttpRequest<?> request, Actor actor, HttpStatus status, String message,
                                   String problem) {
        Outcome<List<SubjectRequest>> listed = requests.list(actor, SubjectRequestsUseCase.Filter.ALL);
        if (!(listed instanceof Outcome.Ok<List<SubjectRequest>> ok)) {
            return Pages.refusal(request, listed);
        }
        List<LegalHold> held = holds.list(actor) instanceof Outcome.Ok<List<LegalHold>> h ? h.value() : List.of();
        List<Incident> touched = incidents.forOrganization(actor) instanceof Outcome.Ok<List<Incident>> i ? i.value()
                : List.of();
        boolean done = request.getParameters().contains("done");
        return Pages.render(request, status, "privacy", Map.of("requests", ok.value(), "holds", held,
                "incidents", touched, "message", done ? "Saved." : message, "problem", problem == null ? "" : problem));
    }

    @Serdeable
    record PrivacyForm(@Nullable String customer, @Nullable String type, @Nullable String regime,
                       @Nullable String text, @Nullable String _csrf) {
    }
}
