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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PublicIntakeUseCase;
import org.soptrack.server.http.PhoneNumbers;

/**
 * The public demo and support form (R-PUB-1, R-WEB-2): anyone asks for a demo or for help without an account; the
 * platform's operators are told. Limited per address like every form anyone may post.
 */
@Hidden
@Controller("/contact")
@Secured(SecurityRule.IS_ANONYMOUS)
final class ContactPage {

    private final PublicIntakeUseCase intake;
    private final PhoneNumbers phones;
    private final Csrf csrf;

    ContactPage(PublicIntakeUseCase intake, PhoneNumbers phones, Csrf csrf) {
        this.intake = intake;
        this.phones = phones;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request) {
        return Pages.render(request, HttpStatus.OK, "contact", Map.of("values", Map.of(), "errors", Map.of(),
                "sent", false));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(HttpRequest<?> request, @Body ContactForm form) {
        if (!csrf.accepts(request, form._csrf())) {
            return Pages.refused(request);
        }
        FormErrors errors = new FormErrors();
        Optional<String> phone = errors.read("phone", () -> Optional.ofNullable(form.phone())
                .filter(p -> !p.isBlank()).map(p -> phones.anonymous().read("phone", p).value()));
        if (!errors.any()) {
            Outcome<PublicRequest> stored = errors.readWhole("message", () -> intake.submit(
                    new PublicIntakeUseCase.Submission(Pages.nz(form.kind()), Pages.nz(form.name()), Pages.nz(form.dealership()),
                            Pages.nz(form.email()), phone, Pages.nz(form.message()))));
            if (stored != null && stored.isOk()) {
                return Pages.render(request, HttpStatus.OK, "contact", Map.of("values", Map.of(), "errors",
                        Map.of(), "sent", true));
            }
            if (stored != null) {
                errors.add(stored);
            }
        }
        return Pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, "contact", Map.of("values", Map.of(
                "kind", Pages.nz(form.kind()), "name", Pages.nz(form.name()), "dealership", Pages.nz(form.dealership()),
                "email", Pages.nz(form.email()), "phone", Pages.nz(form.phone()), "message", Pages.nz(form.message())),
                "errors", errors.asMap(), "sent", false));
    }

    @Serdeable
    record ContactForm(@Nullable String kind, @Nullable String name, @Nullable String dealership,
                       @Nullable String email, @Nullable String phone, @Nullable String message,
                       @Nullable String _csrf) {
    }
}
