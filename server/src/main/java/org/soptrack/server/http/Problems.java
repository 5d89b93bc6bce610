package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.function.Function;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;

/**
 * The one place that turns a use case's answer into HTTP: a value becomes the success status, every failure an
 * {@code application/problem+json} body with a stable type.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The value mapped to a body with {@code status} when the outcome is Ok, else the matching problem. */
    public static <T> HttpResponse<?> respond(Outcome<T> outcome, HttpStatus status, Function<T, ?> body) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return HttpResponse.status(status).body(body.apply(ok.value()));
        }
        return problem(of(outcome));
    }

    /** 200 with the mapped value, or the problem. */
    public static <T> HttpResponse<?> ok(Outcome<T> outcome, Function<T, ?> body) {
        return respond(outcome, HttpStatus.OK, body);
    }

    public static MutableHttpResponse<Problem> problem(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).contentType(MEDIA_TYPE).body(problem);
    }

    public static Problem invalid(InvalidValueException e) {
        return invalid(e.field(), e.reason());
    }

    public static Problem invalid(String field, String message) {
        return Problem.ofField("invalid-field", "A field is invalid", 422, field, field + " " + message);
    }

    static <T> Problem of(Outcome<T> failure) {
        if (failure instanceof Outcome.NotFound<T> f) {
            return Problem.of("not-found", "Not found", 404, "No " + f.what() + " with this id");
        } else if (failure instanceof Outcome.Forbidden<T> f) {
            return Problem.of("forbidden", "Forbidden", 403, f.reason());
        } else if (failure instanceof Outcome.Invalid<T> f) {
            return invalid(f.field(), f.message());
        } else if (failure instanceof Outcome.Conflict<T> f) {
            return Problem.of("stale-version", "Changed by someone else", 409, f.message());
        } else if (failure instanceof Outcome.Rejected<T> f) {
            int status = LogInUseCase.FAILED.equals(f.code()) ? 401 : 409;
            return Problem.of(f.code(), "Refused", status, f.message());
        }
        throw new IllegalArgumentException("Not a failure: " + failure);
    }
}
