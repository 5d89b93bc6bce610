package org.soptrack.server.http;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a list's {@code limit} query parameter as the whole number it is ({@link Input#limit} reads it, so that
 * a word gets the API's 422 naming {@code limit} rather than a conversion error).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(description = "How many items a page holds: 1 to 200; the route's default when absent",
        schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200"))
public @interface PageLimit {
}
