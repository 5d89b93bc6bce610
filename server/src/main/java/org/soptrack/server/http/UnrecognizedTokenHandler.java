package org.soptrack.server.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.soptrack.server.security.Principals;

/** A signed token without a member's claims is treated like no token: 401. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
final class UnrecognizedTokenHandler
        implements ExceptionHandler<Principals.UnrecognizedTokenException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Principals.UnrecognizedTokenException exception) {
        return Problems.problem(Problem.of("unauthenticated", "Not authenticated", 401, exception.getMessage()));
    }
}
