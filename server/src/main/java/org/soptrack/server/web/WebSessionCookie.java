package org.soptrack.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the staff application's session cookie as a token, for its pages only: the API under {@code /api} answers to
 * an {@code Authorization} header alone, so no other site's page can use a signed-in browser's cookie against it.
 */
@Singleton
final class WebSessionCookie implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(WebSession.COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
