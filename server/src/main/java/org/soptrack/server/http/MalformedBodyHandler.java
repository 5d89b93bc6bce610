package org.soptrack.server.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A body refused by {@link StrictJson}: 400 {@code malformed-request}, with the field it names. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
final class MalformedBodyHandler implements ExceptionHandler<MalformedBodyException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, MalformedBodyException exception) {
        return Problems.problem(Problems.malformed(exception.field(), exception.getMessage()));
    }
}
