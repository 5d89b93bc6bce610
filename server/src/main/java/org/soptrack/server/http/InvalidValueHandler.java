package org.soptrack.server.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.soptrack.core.domain.shared.InvalidValueException;

/** A value object refused its input while a controller built a command: 422 naming the field, nothing written. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
@Requires(classes = InvalidValueException.class)
final class InvalidValueHandler implements ExceptionHandler<InvalidValueException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidValueException exception) {
        return Problems.problem(Problems.invalid(exception));
    }
}
