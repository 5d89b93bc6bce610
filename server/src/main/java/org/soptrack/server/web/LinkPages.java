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
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.port.in.AcceptInvitationUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.server.http.Clients;

/**
 * The pages e-mailed links open, and asking for such a link (R-WEB-2): accepting an invitation, a forgotten password
 * and setting a new one. A link carries its token after "#", which browsers never send to a server, so it is in no
 * URL a server or proxy logs; the {@code link-token} htmx extension moves it into the form's hidden field.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class LinkPages {

    private final AcceptInvitationUseCase accept;
    private final PasswordResetUseCase reset;
    private final Csrf csrf;
    private final HttpClientAddressResolver addresses;

    LinkPages(AcceptInvitationUseCase accept, PasswordResetUseCase reset, Csrf csrf,
              HttpClientAddressResolver addresses) {
        this.accept = accept;
        this.reset = reset;
        this.csrf = csrf;
        this.addresses = addresses;
    }

    @Get(value = "/accept-invitation", produces = MediaType.TEXT_HTML)
    HttpResponse<?> invitation(HttpRequest<?> request) {
        return Pages.render(request, HttpStatus.OK, "accept_invitation", Map.of("values", Map.of(), "errors",
                Map.of()));
    }

    @Post(value = "/accept-invitation", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> accept(HttpRequest<?> request, @Body LinkForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        FormErrors errors = new FormErrors();
        Email email = errors.read("email", () -> Email.of(form.email()));
        Password password = errors.read("password", () -> new Password(form.password()));
        AcceptInvitationUseCase.Command command = errors.any() ? null : errors.readWhole("displayName", () ->
                new AcceptInvitationUseCase.Command(Pages.nz(form.token()), email, form.displayName(),
                        Optional.of(password)));
        if (command != null) {
            Outcome<?> joined = accept.accept(command);
            if (joined.isOk()) {
                return Pages.render(request, HttpStatus.OK, "signin", Map.of("email", email.value(), "error", "",
                        "notice", "Welcome: you are in the team. Sign in with your new password."));
            }
            errors.add(joined instanceof Outcome.NotFound<?> || joined instanceof Outcome.Forbidden<?>
                    ? Outcome.rejected("link", "This invitation link is not valid any more: ask for a new one.")
                    : joined);
        }
        return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "accept_invitation", Map.of("values",
                Map.of("email", Pages.nz(form.email()), "displayName", Pages.nz(form.displayName())), "errors", errors.asMap()));
    }

    @Get(value = "/forgot-password", produces = MediaType.TEXT_HTML)
    HttpResponse<?> forgot(HttpRequest<?> request) {
        return Pages.render(request, HttpStatus.OK, "forgot_password", Map.of("sent", false, "error", ""));
    }

    /** The same answer whether or not the address has an account, as the API gives. */
    @Post(value = "/forgot-password", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> requestLink(HttpRequest<?> request, @Body LinkForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Email email;
        try {
            email = Email.of(form.email());
        } catch (RuntimeException e) {
            return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "forgot_password", Map.of("sent", false,
                    "error", "That is not an e-mail address."));
        }
        reset.request(email, Clients.of(request, addresses));
        return Pages.render(request, HttpStatus.OK, "forgot_password", Map.of("sent", true, "error", ""));
    }

    @Get(value = "/reset-password", produces = MediaType.TEXT_HTML)
    HttpResponse<?> resetForm(HttpRequest<?> request) {
        return Pages.render(request, HttpStatus.OK, "reset_password", Map.of("errors", Map.of()));
    }

    @Post(value = "/reset-password", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> setPassword(HttpRequest<?> request, @Body LinkForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        FormErrors errors = new FormErrors();
        Password password = errors.read("password", () -> new Password(form.password()));
        if (password != null) {
            Outcome<Integer> done = reset.reset(Pages.nz(form.token()), password, Clients.of(request, addresses));
            if (done.isOk()) {
                return Pages.render(request, HttpStatus.OK, "signin", Map.of("email", "", "error", "",
                        "notice", "Your password is set. Sign in with it."));
            }
            errors.add(done instanceof Outcome.Invalid<?> ? done : Outcome.rejected("link",
                    "This link is not valid any more (used, or older than 30 minutes): ask for a new one."));
        }
        return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "reset_password", Map.of("errors",
                errors.asMap()));
    }

    @Serdeable
    record LinkForm(@Nullable String token, @Nullable String email, @Nullable String displayName,
                    @Nullable String password, @Nullable String _csrf) {
        @Override
        public String toString() {
            return "LinkForm[hidden]";
        }
    }
}
