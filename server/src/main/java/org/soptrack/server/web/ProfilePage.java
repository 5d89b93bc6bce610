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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.privacy.PersonalDataExport;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.port.in.CloseAccountUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.in.SubjectRequestsUseCase;
import org.soptrack.server.http.ExportFiles;
import org.soptrack.server.security.Principals;

/**
 * A member's own profile (R-WEB-2, R-SEC-3, R-SEC-8): their name, their password, their second factor (an
 * authenticator app set up from a QR code, or back to the password alone) and the browsers they trust. Each form
 * calls one use case; the authenticator key appears only in the page that answers the form, never in a URL.
 */
@Hidden
@Controller("/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class ProfilePage {

    /** An authenticator key being set up: the key to type, and its QR code. */
    public record Enrollment(String key, QrCode qr) {
        @Override
        public String toString() {
            return "Enrollment[hidden]";
        }
    }

    private final OwnProfileUseCase profiles;
    private final SecondFactorSettingsUseCase secondFactor;
    private final SubjectRequestsUseCase requests;
    private final CloseAccountUseCase close;
    private final WebSession session;
    private final Csrf csrf;

    ProfilePage(OwnProfileUseCase profiles, SecondFactorSettingsUseCase secondFactor,
                SubjectRequestsUseCase requests, CloseAccountUseCase close, WebSession session, Csrf csrf) {
        this.profiles = profiles;
        this.secondFactor = secondFactor;
        this.requests = requests;
        this.close = close;
        this.session = session;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication) {
        return render(request, Principals.member(authentication), HttpStatus.OK, "", new FormErrors(),
                Optional.empty());
    }

    @Post(value = "/name", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rename(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Outcome<?> done = errors.readWhole("displayName", () -> profiles.rename(member, Pages.nz(form.displayName())));
        return answer(request, member, done, "Your name is changed.", errors, "displayName");
    }

    @Post(value = "/password", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> password(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Password current = errors.read("currentPassword", () -> new Password(form.currentPassword()));
        Password next = errors.read("newPassword", () -> new Password(form.newPassword()));
        Outcome<?> done = errors.any() ? null : profiles.changePassword(member, current, next);
        return answer(request, member, done, "Your password is changed; your other sessions have ended.", errors,
                "currentPassword");
    }

    @Post(value = "/authenticator", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> startAuthenticator(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Password current = errors.read("totpPassword", () -> new Password(form.totpPassword()));
        Outcome<SecondFactorSettingsUseCase.TotpEnrollment> started = current == null ? null
                : secondFactor.startTotp(member, current);
        if (started instanceof Outcome.Ok<SecondFactorSettingsUseCase.TotpEnrollment> ok) {
            return render(request, member, HttpStatus.OK, "", errors, Optional.of(new Enrollment(ok.value().key(),
                    QrCode.of(ok.value().uri()))));
        }
        return answer(request, member, started, "", errors, "totpPassword");
    }

    @Post(value = "/authenticator/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmAuthenticator(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        return answer(request, member, secondFactor.confirmTotp(member, Pages.nz(form.code()).strip()),
                "Your authenticator app is set up: signing in now asks for its code.", new FormErrors(), "code");
    }

    @Post(value = "/second-factor/off", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> turnOff(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Password current = errors.read("offPassword", () -> new Password(form.offPassword()));
        return answer(request, member, current == null ? null : secondFactor.turnOff(member, current),
                "The second factor is off; trusted browsers are forgotten.", errors, "offPassword");
    }

    @Post(value = "/devices/{device}/forget", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> forgetDevice(HttpRequest<?> request, Authentication authentication, @PathVariable String device,
                                 @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        TrustedDeviceId id = errors.read("devices", () -> TrustedDeviceId.parse(device));
        return answer(request, member, id == null ? null : secondFactor.revokeDevice(member, id),
                "That browser is no longer trusted.", errors, "devices");
    }

    /** A new e-mail address, confirmed from the new mailbox (a link valid for a day); the old one is told. */
    @Post(value = "/email", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> email(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Email next = errors.read("newEmail", () -> Email.of(form.newEmail()));
        Password current = errors.read("emailPassword", () -> new Password(form.emailPassword()));
        Outcome<?> done = errors.any() ? null
                : profiles.requestEmailChange(member, next, Optional.of(current));
        return answer(request, member, done, "A link is on its way to " + form.newEmail()
                + ": the address changes when it is opened.", errors, "newEmail");
    }

    /** Everything soptrack holds about the member, as CSV files, after the password again. */
    @Post(value = "/export", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> export(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Password current = errors.read("exportPassword", () -> new Password(form.exportPassword()));
        Outcome<PersonalDataExport> exported = current == null ? null
                : requests.exportMine(member, Optional.of(current));
        if (exported instanceof Outcome.Ok<PersonalDataExport> ok) {
            return ExportFiles.respond(ok.value(), "csv");
        }
        return answer(request, member, exported, "", errors, "exportPassword");
    }

    /** Closes the member's own account: it stops working at once and is deleted after its retention period. */
    @Post(value = "/close", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> closeAccount(HttpRequest<?> request, Authentication authentication, @Body Form form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        MemberActor member = Principals.member(authentication);
        FormErrors errors = new FormErrors();
        Password current = errors.read("closePassword", () -> new Password(form.closePassword()));
        Outcome<CloseAccountUseCase.Closed> closed = current == null ? null
                : close.requestDeletion(member, Optional.of(current));
        if (closed != null && closed.isOk()) {
            return session.signedOut(request);
        }
        return answer(request, member, closed, "", errors, "closePassword");
    }

    /** The page after a form: its message when core said yes, else core's answer next to {@code field}. */
    private HttpResponse<?> answer(HttpRequest<?> request, MemberActor member, @Nullable Outcome<?> done,
                                   String message, FormErrors errors, String field) {
        if (done != null && done.isOk()) {
            return render(request, member, HttpStatus.OK, message, errors, Optional.empty());
        }
        if (done instanceof Outcome.Rejected<?> r && !Pages.signedOut(r)) {
            errors.add(field, r.message());
        } else if (done instanceof Outcome.Invalid<?> invalid) {
            errors.add(field, invalid.message());
        } else if (done != null) {
            return Pages.refusal(request, done);
        }
        return render(request, member, HttpStatus.UNPROCESSABLE_ENTITY, "", errors, Optional.empty());
    }

    private HttpResponse<?> render(HttpRequest<?> request, MemberActor member, HttpStatus status, String message,
                                   FormErrors errors, Optional<Enrollment> enrollment) {
        Outcome<OwnProfileUseCase.Profile> profile = profiles.profile(member);
        Outcome<SecondFactorSettingsUseCase.Status> factor = secondFactor.status(member);
        if (!(profile instanceof Outcome.Ok<OwnProfileUseCase.Profile> p)) {
            return Pages.refusal(request, profile);
        }
        if (!(factor instanceof Outcome.Ok<SecondFactorSettingsUseCase.Status> f)) {
            return Pages.refusal(request, factor);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("profile", p.value());
        model.put("secondFactor", f.value());
        model.put("message", message);
        model.put("errors", errors.asMap());
        model.put("enrollment", enrollment);
        return Pages.render(request, status, "profile", model).header("Cache-Control", "no-store");
    }

    @Serdeable
    record Form(@Nullable String displayName, @Nullable String currentPassword, @Nullable String newPassword,
                @Nullable String totpPassword, @Nullable String offPassword, @Nullable String code,
                @Nullable String newEmail, @Nullable String emailPassword, @Nullable String exportPassword,
                @Nullable String closePassword, @Nullable String _csrf) {
        @Override
        public String toString() {
            return "Form[hidden]";
        }
    }
}
