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
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.sop.Note;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.PermissionMatrix;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.server.security.Principals;

/**
 * One special order (R-WEB-2): its details, its history, and a button for each move its status allows and the
 * member's role may make (the server still refuses any other, forged or not).
 */
@Hidden
@Controller("/sops")
@Secured(SecurityRule.IS_ANONYMOUS)
public final class OrderPage {

    /** A move the page offers. */
    public record Move(String target, String label) {
    }

    private final GetSpecialOrderUseCase get;
    private final TransitionSpecialOrderUseCase transition;
    private final CurrentMemberUseCase current;
    private final NotesUseCase notes;
    private final KeepPartUseCase keep;
    private final UpdateSpecialOrderUseCase update;
    private final Csrf csrf;

    OrderPage(GetSpecialOrderUseCase get, TransitionSpecialOrderUseCase transition, CurrentMemberUseCase current,
              NotesUseCase notes, KeepPartUseCase keep, UpdateSpecialOrderUseCase update, Csrf csrf) {
        this.update = update;
        this.get = get;
        this.transition = transition;
        this.current = current;
        this.notes = notes;
        this.keep = keep;
        this.csrf = csrf;
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @Nullable Authentication authentication, @PathVariable String id) {
        if (authentication == null) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        Optional<SpecialOrderId> orderId = Pages.id(id, SpecialOrderId::parse);
        if (orderId.isEmpty()) {
            return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
        }
        return render(request, authentication, get.get(new GetSpecialOrderUseCase.Query(
                Principals.actor(authentication), orderId.get())), "");
    }

    @Post(value = "/{id}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> move(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                         @Body MoveForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Optional<SpecialOrderId> orderId = Pages.id(id, SpecialOrderId::parse);
        Optional<SopStatus> target = Pages.id(form.to(), SopStatus::valueOf);
        if (orderId.isEmpty() || target.isEmpty() || form.version() == null) {
            return Pages.notFound(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<SpecialOrder> moved = transition.transition(new TransitionSpecialOrderUseCase.Command(actor,
                orderId.get(), form.version(), target.get(), Optional.empty()));
        if (moved instanceof Outcome.Ok<SpecialOrder>) {
            return HttpResponse.seeOther(URI.create("/sops/" + orderId.get().value()));
        }
        if (moved instanceof Outcome.Forbidden<SpecialOrder>) {
            return Pages.render(request, HttpStatus.FORBIDDEN, "forbidden", Map.of());
        }
        String problem = moved instanceof Outcome.Conflict<SpecialOrder>
                ? "Someone changed this order meanwhile; here it is as it stands now."
                : moved instanceof Outcome.Rejected<SpecialOrder> r ? r.message() : "The order was not moved.";
        return render(request, authentication, get.get(new GetSpecialOrderUseCase.Query(actor, orderId.get())),
                problem);
    }

    @Get(value = "/{id}/edit", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> editForm(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        Optional<SpecialOrderId> orderId = Pages.id(id, SpecialOrderId::parse);
        if (orderId.isEmpty()) {
            return Pages.notFound(request);
        }
        Outcome<SpecialOrder> found = get.get(new GetSpecialOrderUseCase.Query(Principals.actor(authentication),
                orderId.get()));
        if (!(found instanceof Outcome.Ok<SpecialOrder> ok)) {
            return Pages.refusal(request, found);
        }
        return Pages.render(request, HttpStatus.OK, "order_edit", Map.of("order", ok.value(), "values",
                PartFields.of(ok.value().details()), "errors", Map.of()));
    }

    /** The order's vehicle and part as corrected, at the version read (R-SOP-5); the rest is kept. */
    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> edit(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                         @Body PartFields.Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Optional<SpecialOrderId> orderId = Pages.id(id, SpecialOrderId::parse);
        if (orderId.isEmpty() || form.version() == null) {
            return Pages.notFound(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<SpecialOrder> found = get.get(new GetSpecialOrderUseCase.Query(actor, orderId.get()));
        if (!(found instanceof Outcome.Ok<SpecialOrder> ok)) {
            return Pages.refusal(request, found);
        }
        FormErrors errors = new FormErrors();
        SpecialOrderDetails details = PartFields.read(errors, form, ok.value().details().customerId(),
                Optional.of(ok.value().details()));
        if (details != null) {
            Outcome<SpecialOrder> saved = update.update(new UpdateSpecialOrderUseCase.Command(actor, orderId.get(),
                    form.version(), details));
            if (saved.isOk()) {
                return HttpResponse.seeOther(URI.create("/sops/" + orderId.get().value()));
            }
            if (Pages.pageWide(saved)) {
                return Pages.refusal(request, saved);
            }
            errors.add(saved);
        }
        return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "order_edit", Map.of("order", ok.value(),
                "values", PartFields.typed(form), "errors", errors.asMap()));
    }

    /** Keeps a part on the shelf past its return deadline, with the reason (R-SOP-4a). */
    @Post(value = "/{id}/keep", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> keep(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                         @Body KeepForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Optional<SpecialOrderId> orderId = Pages.id(id, SpecialOrderId::parse);
        if (orderId.isEmpty() || form.version() == null) {
            return Pages.notFound(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<SpecialOrder> kept;
        try {
            kept = keep.keep(new KeepPartUseCase.Command(actor, orderId.get(), form.version(),
                    form.reason() == null ? "" : form.reason()));
        } catch (InvalidValueException e) {
            kept = Outcome.invalid(e.field(), e.reason());
        }
        if (kept.isOk()) {
            return HttpResponse.seeOther(URI.create("/sops/" + orderId.get().value()));
        }
        if (Pages.pageWide(kept)) {
            return Pages.refusal(request, kept);
        }
        String problem = kept instanceof Outcome.Invalid<SpecialOrder> invalid ? "The reason " + invalid.message()
                : kept instanceof Outcome.Rejected<SpecialOrder> r ? r.message()
                : "Someone changed this order meanwhile; here it is as it stands now.";
        return render(request, authentication, get.get(new GetSpecialOrderUseCase.Query(actor, orderId.get())),
                problem + ".");
    }

    /** A note on the order, by the roles that may write them. */
    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> note(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                         @Body NoteForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Optional<SpecialOrderId> orderId = Pages.id(id, SpecialOrderId::parse);
        if (orderId.isEmpty()) {
            return Pages.notFound(request);
        }
        Actor actor = Principals.actor(authentication);
        Outcome<NotesUseCase.Entry> added = notes.add(actor, Note.About.order(orderId.get()),
                form.text() == null ? "" : form.text());
        if (added.isOk()) {
            return HttpResponse.seeOther(URI.create("/sops/" + orderId.get().value() + "#notes"));
        }
        if (!(added instanceof Outcome.Invalid<?> invalid)) {
            return Pages.refusal(request, added);
        }
        return render(request, authentication, get.get(new GetSpecialOrderUseCase.Query(actor, orderId.get())),
                "The note " + invalid.message() + ".");
    }

    private HttpResponse<?> render(HttpRequest<?> request, Authentication authentication,
                                   Outcome<SpecialOrder> found, String problem) {
        if (!(found instanceof Outcome.Ok<SpecialOrder> ok)) {
            return Pages.render(request, HttpStatus.NOT_FOUND, "not_found", Map.of());
        }
        SpecialOrder order = ok.value();
        Optional<MemberActor> member = current.current(Principals.member(authentication)) instanceof
                Outcome.Ok<MemberActor> m ? Optional.of(m.value()) : Optional.empty();
        List<Move> moves = order.status().allowedTargets().stream().sorted()
                .filter(t -> member.map(a -> PermissionMatrix.allows(a.role(),
                        TransitionSpecialOrderUseCase.permissionFor(t))).orElse(false))
                .map(t -> new Move(t.name(), BoardPage.label(t))).toList();
        List<NotesUseCase.Entry> written = notes.list(Principals.actor(authentication), Note.About.order(order.id()))
                instanceof Outcome.Ok<List<NotesUseCase.Entry>> listed ? listed.value() : List.of();
        return Pages.render(request, HttpStatus.OK, "order", Map.of("order", order, "moves", moves,
                "status", BoardPage.label(order.status()), "problem", problem, "notes", written));
    }

    @Serdeable
    record KeepForm(@Nullable String reason, @Nullable Long version, @Nullable String _csrf) {
    }

    @Serdeable
    record NoteForm(@Nullable String text, @Nullable String _csrf) {
    }

    @Serdeable
    record MoveForm(@Nullable String to, @Nullable Long version, @Nullable String _csrf) {
    }
}
