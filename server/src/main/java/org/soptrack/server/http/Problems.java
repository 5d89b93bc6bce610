package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;
import java.util.function.Function;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.CompleteSignInUseCase;
import org.soptrack.core.port.in.CurrentMemberUseCase;
import org.soptrack.core.port.in.LogInUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.OwnProfileUseCase;
import org.soptrack.core.port.in.PasswordResetUseCase;
import org.soptrack.core.port.in.RefreshSessionUseCase;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;

/**
 * The one place that turns a use case's answer into HTTP: a value becomes the success status, every failure an
 * {@code application/problem+json} body with a stable type.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The value mapped to a body with {@code status} when the outcome is Ok, else the matching problem. */
    public static <T, R> HttpResponse<R> respond(Outcome<T> outcome, HttpStatus status, Function<T, R> body) {
        if (outcome instanceof Outcome.Ok<T> ok) {
            return HttpResponse.<R>status(status).body(body.apply(ok.value()));
        }
        return failure(outcome);
    }

    /** 200 with the mapped value, or the problem. */
    public static <T, R> HttpResponse<R> ok(Outcome<T> outcome, Function<T, R> body) {
        return respond(outcome, HttpStatus.OK, body);
    }

    /** 204 without a body, or the problem. */
    public static <T> HttpResponse<Void> noContent(Outcome<T> outcome) {
        return outcome.isOk() ? HttpResponse.noContent() : failure(outcome);
    }

    /** The problem for a failed outcome, typed as the route's success body (see {@link #untyped}). */
    static <T, R> HttpResponse<R> failure(Outcome<T> outcome) {
        return refusal(of(outcome));
    }

    /** The problem's response, typed as the route's success body (see {@link #untyped}). */
    public static <R> HttpResponse<R> refusal(Problem problem) {
        return untyped(problem(problem));
    }

    /**
     * A response whose body is not the route's success type: a problem, or another status the route documents with
     * its own {@code @ApiResponse}. Routes declare the body of their success ({@code HttpResponse<SopJson.View>}) so
     * that the OpenAPI document names it; the body written is the one in the response, whatever its type.
     */
    @SuppressWarnings("unchecked")
    public static <R> HttpResponse<R> untyped(HttpResponse<?> response) {
        return (HttpResponse<R>) response;
    }

    public static MutableHttpResponse<Problem> problem(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).contentType(MEDIA_TYPE).body(problem);
    }

    public static Problem invalid(InvalidValueException e) {
        return invalid(e.field(), e.reason());
    }

    /** A body that is not JSON of the endpoint's shape: 400, naming the field where there is one. */
    public static Problem malformed(String field, String detail) {
        return Problem.ofField("malformed-request", "Malformed request", 400, field, detail);
    }

    public static Problem invalid(String field, String message) {
        return Problem.ofField("invalid-field", "A field is invalid", 422, field, field + " " + message);
    }

    /**
     * Refusals that mean "you are not (or no longer) authenticated" are 401, so clients know to log in again; a wrong
     * password on a settings change, or a change while the organization is read-only, is 403 (the caller is signed
     * in, the change is refused); every other is 409.
     */
    private static final Map<String, Integer> REJECTED_STATUS = Map.of(
            LogInUseCase.FAILED, 401,
            CompleteSignInUseCase.FAILED, 401,
            RefreshSessionUseCase.ENDED, 401,
            CurrentMemberUseCase.SIGNED_OUT, 401,
            SecondFactorSettingsUseCase.REAUTHENTICATION_FAILED, 403,
            BillingUseCase.READ_ONLY, 403,
            PasswordResetUseCase.LINK_INVALID, 400,
            OwnProfileUseCase.TOO_MANY_LINKS, 429);

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
            return Problem.of(f.code(), "Refused", REJECTED_STATUS.getOrDefault(f.code(), 409), f.message());
        }
        throw new IllegalArgumentException("Not a failure: " + failure);
    }
}
