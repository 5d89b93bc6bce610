package org.soptrack.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem detail: {@code type} is stable per failure ({@code urn:soptrack:problem:<code>}), {@code field}
 * names the rejected input when there is one.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable String field) {

    public static final String TYPE_PREFIX = "urn:soptrack:problem:";

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, null);
    }

    public static Problem ofField(String code, String title, int status, String field, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, field);
    }
}
