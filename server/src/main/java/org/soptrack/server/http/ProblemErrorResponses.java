package org.soptrack.server.http;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors the framework raises before or around a controller (unreadable JSON, wrong types, unknown fields, too large,
 * no route, not authenticated) as problem+json. The framework's own message is never sent: it may name classes. A
 * failure because the database cannot be reached is a 503 with {@code Retry-After}, not a 500.
 */
@Singleton
final class ProblemErrorResponses implements ErrorResponseProcessor<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponses.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Problem UNAVAILABLE = Problem.of("database-unavailable", "Service unavailable", 503,
            "The database cannot be reached right now. Try again in a few seconds");

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> base) {
        int status = base.code();
        if (status >= 500 && context.getRootCause().filter(DatabaseOutage::causedBy).isPresent()) {
            LOG.warn("Database unavailable: {} {} answered 503", context.getRequest().getMethod(),
                    context.getRequest().getPath());
            return base.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(Problems.MEDIA_TYPE).body(UNAVAILABLE);
        }
        if (status >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("Request failed: {} {}", context.getRequest().getMethod(),
                    context.getRequest().getPath(), e));
        }
        Problem problem = describe(status);
        return base.contentType(Problems.MEDIA_TYPE).body(problem);
    }

    static Problem describe(int status) {
        return switch (status) {
            case 400 -> Problem.of("malformed-request", "Malformed request", 400,
                    "The request could not be read: check that the body is JSON of the documented shape, without"
                            + " unknown fields, and that every parameter has the right type");
            case 401 -> Problem.of("unauthenticated", "Not authenticated", 401,
                    "Send a valid bearer token (POST /api/v1/auth/login gives one)");
            case 403 -> Problem.of("forbidden", "Forbidden", 403, "You may not do this");
            case 404 -> Problem.of("not-found", "Not found", 404, "Nothing is here");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405, "This path does not take this method");
            case 406 -> Problem.of("not-acceptable", "Not acceptable", 406, "This endpoint answers in JSON only");
            case 413 -> Problem.of("request-too-large", "Request too large", 413, "The request body is too large");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Send the body as application/json");
            default -> status >= 500
                    ? Problem.of("internal-error", "Internal error", status, "Something went wrong on our side")
                    : Problem.of("request-refused", "Request refused", status, "The request was refused");
        };
    }
}
