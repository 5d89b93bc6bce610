package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.function.Function;
import org.soptrack.core.port.in.CustomerOptOutUseCase;
import org.soptrack.core.port.in.Outcome;

/**
 * The one-click unsubscribe link of every customer e-mail (R-NOT-2, RFC 8058): opening it shows a page with one button,
 * and changes nothing (mail scanners open links); the button, or a mail client's one-click POST, stops e-mail to the
 * customer. No sign-in: the signed link is the proof. The pages are plain HTML without script or style.
 */
@Hidden
@Controller("/unsubscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
final class UnsubscribeController {

    private static final String POLICY = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private final CustomerOptOutUseCase optOut;

    UnsubscribeController(CustomerOptOutUseCase optOut) {
        this.optOut = optOut;
    }

    @Get(produces = MediaType.TEXT_HTML)
    MutableHttpResponse<String> confirm(@Nullable @QueryValue String token) {
        return answer(optOut.describe(token), target -> target.unsubscribed()
                ? done(target)
                : page("Stop e-mails from " + target.organization() + "?",
                        "<p>" + escape(target.organization()) + " e-mails "
                                + (target.address().isEmpty() ? "you" : escape(target.address()))
                                + " about the parts for your vehicle.</p>"
                                + "<form method=\"post\" action=\"/unsubscribe?token=" + escape(token) + "\">"
                                + "<button type=\"submit\">Stop these e-mails</button></form>"));
    }

    /** The page's button, and RFC 8058's one-click POST ({@code List-Unsubscribe=One-Click}); the body is not read. */
    @Post(produces = MediaType.TEXT_HTML, consumes = {MediaType.APPLICATION_FORM_URLENCODED,
        MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN})
    MutableHttpResponse<String> unsubscribe(@Nullable @QueryValue String token) {
        return answer(optOut.unsubscribe(token), UnsubscribeController::done);
    }

    private static String done(CustomerOptOutUseCase.Target target) {
        return page("You are unsubscribed", "<p>" + escape(target.organization())
                + " will not e-mail you about your vehicle's parts any more. They may still call or text you where you "
                + "agreed to that; tell them if you want that to stop too.</p>");
    }

    private static MutableHttpResponse<String> answer(Outcome<CustomerOptOutUseCase.Target> outcome,
                                                      Function<CustomerOptOutUseCase.Target, String> html) {
        MutableHttpResponse<String> response = outcome instanceof Outcome.Ok<CustomerOptOutUseCase.Target> ok
                ? HttpResponse.ok(html.apply(ok.value()))
                : HttpResponse.<String>status(HttpStatus.BAD_REQUEST).body(page("This link does not work",
                        "<p>The link may have been cut short by your e-mail program. Use the whole link from the "
                                + "e-mail, or ask the dealership to stop e-mailing you.</p>"));
        return response.contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header("Content-Security-Policy", POLICY).header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer");
    }

    private static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title></head>"
                + "<body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>\n";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
