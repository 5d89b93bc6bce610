package org.soptrack.server.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.soptrack.server.security.ClientConnections;

/**
 * The staff application's defence against cross-site requests (R-WEB-3), a double-submit token: each browser gets a
 * random value in a SameSite=Strict, HttpOnly cookie, every form carries the same value (pages render it from the
 * request), and a page controller accepts a change only when the two match and, where the browser names one, the
 * request's Origin is this server. Another site can neither read the cookie nor set it.
 */
@ServerFilter("/**")
final class Csrf {

    static final String COOKIE = "soptrack_csrf";
    static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = "soptrack.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientConnections connections;

    Csrf(ClientConnections connections) {
        this.connections = connections;
    }

    @RequestFilter
    void token(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/") || request.getPath().startsWith("/assets/")) {
            return;
        }
        if (existing(request).isEmpty()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            request.setAttribute(ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
    }

    @ResponseFilter
    void cookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(value -> response.cookie(Cookie.of(COOKIE, value)
                .path("/").httpOnly(true).sameSite(SameSite.Strict).secure(connections.secure(request))));
    }

    /** The value the page's forms carry. */
    static String of(HttpRequest<?> request) {
        return existing(request).or(() -> request.getAttribute(ATTRIBUTE, String.class)).orElse("");
    }

    /** Whether a change may go ahead: the form's value is the browser's, and the Origin (if any) is ours. */
    boolean accepts(HttpRequest<?> request, @Nullable String submitted) {
        Optional<String> expected = existing(request);
        String origin = request.getHeaders().get("Origin");
        if (origin != null && !origin.equals(ownOrigin(request))) {
            return false;
        }
        return expected.isPresent() && submitted != null && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> existing(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    private String ownOrigin(HttpRequest<?> request) {
        return (connections.secure(request) ? "https" : "http") + "://" + request.getHeaders().get("Host");
    }
}
