package org.soptrack.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.server.security.ClientConnections;
import org.soptrack.server.security.Principals;

/**
 * The staff application's sign-in, kept in a cookie (R-WEB-3): the same signed token an API client gets, naming the
 * same server-side session, so logging out anywhere, a removal or a role change take effect on the next page at
 * once (core checks the session and re-reads the member on every call). HttpOnly, SameSite=Lax, Secure over HTTPS,
 * for {@link #LIFETIME} at most; the API never reads it (see {@link WebSessionCookie}).
 */
@Singleton
final class WebSession {

    static final String COOKIE = "soptrack_session";
    /** A browser the member chose to trust: later sign-ins there skip the second factor (core decides for how long). */
    static final String DEVICE_COOKIE = "soptrack_device";
    private static final Duration DEVICE_LIFETIME = Duration.ofDays(90);
    static final Duration LIFETIME = Duration.ofHours(12);

    private final TokenGenerator tokens;
    private final ClientConnections connections;

    WebSession(TokenGenerator tokens, ClientConnections connections) {
        this.tokens = tokens;
        this.connections = connections;
    }

    /** Signed in: the cookie, and on to the board. */
    MutableHttpResponse<?> signedIn(HttpRequest<?> request, MemberActor member) {
        String token = tokens.generateToken(Principals.authentication(member), (int) LIFETIME.toSeconds())
                .orElseThrow(() -> new IllegalStateException("No session token could be signed"));
        return HttpResponse.seeOther(URI.create("/board")).cookie(cookie(request, token, LIFETIME));
    }

    /** Signed in on a browser the member now trusts: the session cookie and the device's. */
    MutableHttpResponse<?> signedIn(HttpRequest<?> request, MemberActor member, Optional<String> deviceToken) {
        MutableHttpResponse<?> response = signedIn(request, member);
        deviceToken.ifPresent(token -> response.cookie(Cookie.of(DEVICE_COOKIE, token).path("/sign-in")
                .httpOnly(true).sameSite(SameSite.Strict).secure(connections.secure(request))
                .maxAge(DEVICE_LIFETIME)));
        return response;
    }

    /** The token of this browser if the member trusted it at an earlier sign-in. */
    static Optional<String> device(HttpRequest<?> request) {
        return request.getCookies().findCookie(DEVICE_COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** Signed out: the cookie goes, and back to the sign-in page. */
    MutableHttpResponse<?> signedOut(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create("/sign-in")).cookie(cookie(request, "", Duration.ZERO));
    }

    private Cookie cookie(HttpRequest<?> request, String value, Duration maxAge) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(connections.secure(request)).maxAge(maxAge);
    }
}
