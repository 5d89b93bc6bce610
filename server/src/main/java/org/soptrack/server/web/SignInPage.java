package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.ChooseOrganizationUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.LogOutUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SignIn;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.server.http.Clients;
import org.soptrack.server.security.Principals;

/**
 * Signing in and out of the staff application (R-WEB-2, R-SEC-7): e-mail and password, then the organization where
 * the password opened several, then the second factor where one is needed; each step calls the same use case as the
 * API, with the same lockout and rate limits. Tokens of a step travel in the form, never in a URL.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SignInPage {

    private static final String FAILED = "The e-mail address or password is wrong, or the account is locked for a "
            + "while. Try again, or reset the password.";

    private final LogInUseCase logIn;
    private final ChooseOrganizationUseCase choose;
    private final CompleteSignInUseCase complete;
    private final LogOutUseCase logOut;
    private final WebSession session;
    private final Csrf csrf;
    private final HttpClientAddressResolver addresses;
    private final SignUpOrganizationUseCase signUp;

    SignInPage(LogInUseCase logIn, ChooseOrganizationUseCase choose, CompleteSignInUseCase complete,
               LogOutUseCase logOut, WebSession session, Csrf csrf, HttpClientAddressResolver addresses,
               SignUpOrganizationUseCase signUp) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.choose = choose;
        this.complete = complete;
        this.logOut = logOut;
        this.session = session;
        this.csrf = csrf;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> home(@Nullable Authentication authentication) {
        return HttpResponse.seeOther(URI.create(authentication == null ? "/sign-in" : "/board"));
    }

    @Get(value = "/sign-in", produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, "", "");
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Credentials form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Outcome<SignIn> answer;
        try {
            answer = logIn.logIn(new LogInUseCase.Command(Optional.empty(), Email.of(form.email()),
                    new Password(form.password()), Clients.of(request, addresses), WebSession.device(request)));
        } catch (InvalidValueException e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, form.email(), FAILED);
        }
        return next(request, answer, form.email());
    }

    @Get(value = "/sign-up", produces = MediaType.TEXT_HTML)
    HttpResponse<?> signUpForm(HttpRequest<?> request) {
        return Pages.render(request, HttpStatus.OK, "signup", Map.of("values", Map.of(), "errors", Map.of()));
    }

    /** A new dealer group: its organization, first rooftop and owner; the owner is signed in at once. */
    @Post(value = "/sign-up", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signUp(HttpRequest<?> request, @Body SignUpForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        FormErrors errors = new FormErrors();
        Email email = errors.read("ownerEmail", () -> Email.of(form.ownerEmail()));
        Password password = errors.read("ownerPassword", () -> new Password(form.ownerPassword()));
        Rooftop.Details rooftop = errors.readWhole("name", () -> new Rooftop.Details(form.name(), form.brand(),
                form.city(), form.stateCode(), "US"));
        SignUpOrganizationUseCase.Command command = errors.any() ? null : errors.readWhole("organizationName", () ->
                new SignUpOrganizationUseCase.Command(form.organizationName(), rooftop, email, form.ownerName(),
                        Optional.of(password)));
        if (command != null) {
            Outcome<SignUpOrganizationUseCase.SignedUp> done = signUp.signUp(command);
            if (done.isOk()) {
                return next(request, logIn.logIn(new LogInUseCase.Command(email, password,
                        Clients.of(request, addresses))), email.value());
            }
            errors.add(done);
        }
        Map<String, String> values = Map.of("organizationName", Pages.nz(form.organizationName()), "name", Pages.nz(form.name()),
                "brand", Pages.nz(form.brand()), "city", Pages.nz(form.city()), "stateCode", Pages.nz(form.stateCode()),
                "ownerName", Pages.nz(form.ownerName()), "ownerEmail", Pages.nz(form.ownerEmail()));
        return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "signup", Map.of("values", values,
                "errors", errors.asMap()));
    }

    @Post(value = "/sign-in/organization", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> organization(HttpRequest<?> request, @Body Token form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        return next(request, choose.choose(new ChooseOrganizationUseCase.Command(form.token(),
                Clients.of(request, addresses), WebSession.device(request))), "");
    }

    @Post(value = "/sign-in/code", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> code(HttpRequest<?> request, @Body Code form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        Outcome<SignIn.SignedIn> answer = complete.complete(new CompleteSignInUseCase.Command(form.token(),
                form.code() == null ? "" : form.code().strip(), form.trust() != null, Clients.of(request, addresses)));
        return answer instanceof Outcome.Ok<SignIn.SignedIn> ok
                ? session.signedIn(request, ok.value().member(), ok.value().deviceToken())
                : page(request, HttpStatus.UNAUTHORIZED, "", "That code did not work; sign in again for a new one.");
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(HttpRequest<?> request, Authentication authentication, @Body Token form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        logOut.logOut(Principals.member(authentication), false);
        return session.signedOut(request);
    }

    private HttpResponse<?> next(HttpRequest<?> request, Outcome<SignIn> answer, String email) {
        if (!(answer instanceof Outcome.Ok<SignIn> ok)) {
            return page(request, HttpStatus.UNAUTHORIZED, email, FAILED);
        }
        SignIn step = ok.value();
        if (step instanceof SignIn.SignedIn signedIn) {
            return session.signedIn(request, signedIn.member());
        }
        if (step instanceof SignIn.ChooseOrganization choice) {
            return Pages.render(request, HttpStatus.OK, "signin_choose", Map.of("choices", choice.organizations()));
        }
        SignIn.SecondFactorNeeded needed = (SignIn.SecondFactorNeeded) step;
        return Pages.render(request, HttpStatus.OK, "signin_code", Map.of("token", needed.challengeToken(),
                "sentTo", needed.sentTo().orElse("")));
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String email, String error) {
        return Pages.render(request, status, "signin", Map.of("email", email == null ? "" : email, "error", error,
                "notice", ""));
    }

    @Serdeable
    record Credentials(@Nullable String email, @Nullable String password, @Nullable String _csrf) {
        @Override
        public String toString() {
            return "Credentials[hidden]";
        }
    }

    @Serdeable
    record SignUpForm(@Nullable String organizationName, @Nullable String name, @Nullable String brand,
                      @Nullable String city, @Nullable String stateCode, @Nullable String ownerName,
                      @Nullable String ownerEmail, @Nullable String ownerPassword, @Nullable String _csrf) {
        @Override
        public String toString() {
            return "SignUpForm[hidden]";
        }
    }

    @Serdeable
    record Token(@Nullable String token, @Nullable String _csrf) {
        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }

    @Serdeable
    record Code(@Nullable String token, @Nullable String code, @Nullable String trust, @Nullable String _csrf) {
        @Override
        public String toString() {
            return "Code[hidden]";
        }
    }
}
