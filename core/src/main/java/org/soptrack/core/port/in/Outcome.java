package org.soptrack.core.port.in;

import java.util.function.Function;

/**
 * The answer of a use case: the value, or the expected reason it could not be had. When the answer is not {@link Ok},
 * nothing was written.
 */
public sealed interface Outcome<T> {

    /** It worked. */
    record Ok<T>(T value) implements Outcome<T> {
    }

    /** The target does not exist, or is not the actor's to see: the two are never told apart. */
    record NotFound<T>(String what) implements Outcome<T> {
    }

    /** The actor may see the target but not do this to it. */
    record Forbidden<T>(String reason) implements Outcome<T> {
    }

    /** An input field is unacceptable. */
    record Invalid<T>(String field, String message) implements Outcome<T> {
    }

    /** The target changed since the actor read it (stale version). */
    record Conflict<T>(String message) implements Outcome<T> {
    }

    /** A business rule refused it; {@code code} is stable and machine-readable. */
    record Rejected<T>(String code, String message) implements Outcome<T> {
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> notFound(String what) {
        return new NotFound<>(what);
    }

    static <T> Outcome<T> forbidden(String reason) {
        return new Forbidden<>(reason);
    }

    static <T> Outcome<T> invalid(String field, String message) {
        return new Invalid<>(field, message);
    }

    static <T> Outcome<T> conflict(String message) {
        return new Conflict<>(message);
    }

    static <T> Outcome<T> rejected(String code, String message) {
        return new Rejected<>(code, message);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; for callers that already know it worked (tests, mostly). */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("Outcome is not Ok: " + this);
    }

    /** Applies {@code mapper} to an Ok value; any other outcome passes through unchanged. */
    default <R> Outcome<R> map(Function<T, R> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return retype();
    }

    /** The same failure, typed for another value. Must not be called on Ok. */
    default <R> Outcome<R> retype() {
        if (this instanceof NotFound<T> f) {
            return new NotFound<>(f.what());
        } else if (this instanceof Forbidden<T> f) {
            return new Forbidden<>(f.reason());
        } else if (this instanceof Invalid<T> f) {
            return new Invalid<>(f.field(), f.message());
        } else if (this instanceof Conflict<T> f) {
            return new Conflict<>(f.message());
        } else if (this instanceof Rejected<T> f) {
            return new Rejected<>(f.code(), f.message());
        }
        throw new IllegalStateException("An Ok outcome has no failure to retype");
    }
}
