package org.soptrack.server.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The metrics ({@code /prometheus}) are closed by default (R-OPS-3): they answer only to
 * {@code Authorization: Bearer <soptrack.metrics.token>}, which Prometheus sends from its scrape configuration. With
 * no token configured nobody reads them.
 */
@ServerFilter("/prometheus/**")
final class MetricsGate {

    private final byte[] token;

    MetricsGate(@Value("${soptrack.metrics.token:}") String token) {
        if (!token.isEmpty() && token.length() < 24) {
            throw new IllegalArgumentException("soptrack.metrics.token must be at least 24 characters");
        }
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String given = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean open = token.length > "Bearer ".length() && given != null
                && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
        return open ? null : Problems.problem(Problem.of("unauthenticated", "Not authenticated", 401,
                "The metrics need the scrape token of this deployment (SOPTRACK_METRICS_TOKEN)"));
    }
}
