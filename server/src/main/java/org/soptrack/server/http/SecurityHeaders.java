package org.soptrack.server.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.MediaTypeProvider;
import java.util.Locale;
import org.soptrack.server.security.ClientConnections;

/**
 * Headers every answer carries: {@code X-Content-Type-Options: nosniff}, so a browser never guesses a type; on the
 * API, {@code Cache-Control: no-store}, since its answers hold tokens and personal data that no cache may keep; a
 * text answer names its charset (UTF-8); a Content-Security-Policy without inline script (but on Swagger UI); and
 * over HTTPS (served here, or by a trusted proxy in front) {@code Strict-Transport-Security}, so browsers come back
 * over HTTPS only. It runs outermost, so refusals of the security filter get them too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SecurityHeaders {

    /** One year, as HSTS preload lists ask. */
    static final String HSTS = "max-age=31536000";

    /**
     * The staff application's policy: nothing but this server's own files, no inline script or style, no framing.
     * Swagger UI (under /openapi) keeps its own inline start-up script and so goes without.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private final ClientConnections connections;

    SecurityHeaders(ClientConnections connections) {
        this.connections = connections;
    }

    @ResponseFilter
    void add(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        if (connections.secure(request)) {
            response.header("Strict-Transport-Security", HSTS);
        }
        if (request.getPath().startsWith("/api/") && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (!request.getPath().startsWith("/openapi") && !response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        String type = response.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (type == null && response.getBody().orElse(null) instanceof MediaTypeProvider file) {
            type = file.getMediaType().toString(); // a static file: its type is set only when it is written
        }
        if (type != null && type.startsWith("text/") && !type.toLowerCase(Locale.ROOT).contains("charset=")) {
            response.getHeaders().set(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8");
        }
    }
}
