package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.views.ViewsRenderer;
import java.util.Map;
import org.soptrack.server.security.AddressRateLimiter;

/**
 * The staff application's forms anyone may post (sign in, its organization and second-factor steps, sign up, accepting
 * an invitation, a forgotten password and its new one, the demo and support form) share the API's per-address limit
 * (R-WEB-3, R-SEC-4): over it, a page that says so, with Retry-After.
 */
@ServerFilter(value = {"/sign-in", "/sign-in/organization", "/sign-in/code", "/sign-up", "/accept-invitation",
    "/forgot-password", "/reset-password", "/contact"}, methods = HttpMethod.POST)
final class WebRateLimit {

    private final AddressRateLimiter limiter;
    private final HttpClientAddressResolver addresses;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    WebRateLimit(AddressRateLimiter limiter, HttpClientAddressResolver addresses,
                 ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.limiter = limiter;
        this.addresses = addresses;
        this.views = views;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        return limiter.take(String.valueOf(addresses.resolve(request)))
                // A filter's answer does not pass the views filter, so the page is rendered here.
                .map(wait -> HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)))
                        .body(views.render("too_many", Map.of("frame", Frame.anonymous(Csrf.of(request))),
                                request)))
                .orElse(null);
    }
}
