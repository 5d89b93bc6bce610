package org.soptrack.server.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Map;

/** The staff application's front door: the sign-in page (R-WEB-2). */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SignInPage {

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/sign-in"));
    }

    @View("signin")
    @Get(value = "/sign-in", produces = MediaType.TEXT_HTML)
    Map<String, Object> form() {
        return Map.of("email", "", "error", "");
    }
}
