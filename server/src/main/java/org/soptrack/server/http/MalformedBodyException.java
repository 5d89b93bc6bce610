package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;

/** A request body that is not JSON of the shape its endpoint reads: 400, naming the field where there is one. */
final class MalformedBodyException extends RuntimeException {

    private final String field;

    MalformedBodyException(@Nullable String field, String detail) {
        super(detail);
        this.field = field;
    }

    @Nullable
    String field() {
        return field;
    }
}
