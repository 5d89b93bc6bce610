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

/**
 * Headers every answer carries: {@code X-Content-Type-Options: nosniff}, so a browser never guesses a type; on the
 * API, {@code Cache-Control: no-store}, since its answers hold tokens and personal data that no cache may keep; and a
 * text answer names its charset (UTF-8). It runs outermost, so refusals of the security filter get them too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SecurityHeaders {

    @ResponseFilter
    void add(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        if (request.getPath().startsWith("/api/") && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
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
