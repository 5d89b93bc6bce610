package org.soptrack.server.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A request body sent to the API must say that it is JSON in UTF-8 (R-SEC-6): without a Content-Type, or with another
 * charset, it is 415 instead of being read as if it were. The one exception is the SMS provider's webhook, which
 * posts a form as that provider does.
 */
@ServerFilter("/api/**")
final class JsonBodiesOnly {

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        boolean hasBody = request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        if (!hasBody || request.getPath().equals(SmsInboundController.PATH)) {
            return null;
        }
        return utf8Json(request.getHeaders().get(HttpHeaders.CONTENT_TYPE)) ? null
                : Problems.problem(ProblemErrorResponses.describe(415));
    }

    private static boolean utf8Json(@Nullable String header) {
        if (header == null) {
            return false;
        }
        try {
            MediaType type = MediaType.of(header);
            String charset = type.getParameters().get("charset").map(c -> c.replace("\"", "")).orElse("utf-8");
            return MediaType.EXTENSION_JSON.equals(type.getExtension())
                    && (charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
