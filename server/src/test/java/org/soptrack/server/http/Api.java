package org.soptrack.server.http;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A raw HTTP client for the API tests: sends exactly the bytes given, returns status, content type and parsed JSON. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** An answer: status, content type and the body as JSON (a map, a list or null when empty). */
    record Answer(int status, String contentType, Object body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }

        String text(String key) {
            Object value = map().get(key);
            return value == null ? null : String.valueOf(value);
        }

        /** The problem type without its prefix, e.g. {@code not-found}. */
        String problem() {
            String type = text("type");
            return type == null ? null : type.substring(Problem.TYPE_PREFIX.length());
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    Answer delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Sends {@code body} as JSON; a String is sent as is, so malformed JSON can be tested. */
    Answer send(String method, String path, String token, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text))
                    .header("Accept", "application/json, application/problem+json");
            if (text != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Object parsed = response.body().isEmpty() ? null : json.readValue(response.body(), Object.class);
            return new Answer(response.statusCode(), contentType, parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> header(String value) {
        return Optional.ofNullable(value);
    }
}
