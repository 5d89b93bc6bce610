package org.soptrack.server.http;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A raw HTTP client for the API tests: sends exactly the bytes given, returns status, content type and parsed JSON. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** An answer: status, content type and the body as JSON (a map, a list or null when empty), or else as text. */
    record Answer(int status, String contentType, Object body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) map().get(key);
        }

        String text(String key) {
            Object value = map().get(key);
            return value == null ? null : String.valueOf(value);
        }

        /** The problem type without its prefix, e.g. {@code not-found}. */
        String problem() {
            if (!(body instanceof Map<?, ?>)) {
                return null;
            }
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
        return send(method, path, token, body, Map.of());
    }

    /** With extra request headers, e.g. a webhook's signature. */
    Answer send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
            Map<String, String> all = new HashMap<>();
            if (text != null) {
                all.put("Content-Type", "application/json");
            }
            all.putAll(headers);
            return raw(method, path, token, text == null ? null : text.getBytes(StandardCharsets.UTF_8), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exactly these bytes (or none) with these headers, and no Content-Type unless given. */
    Answer raw(String method, String path, String token, byte[] body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Accept", "application/json, application/problem+json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Object parsed = response.body().isEmpty() ? null
                    : contentType.contains("json") ? json.readValue(response.body(), Object.class) : response.body();
            return new Answer(response.statusCode(), contentType, parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static final String PASSWORD = "plum tractor harbour lantern";

    /** An organization signed up through the API, with its owner logged in. */
    record Org(String id, String rooftopId, String ownerId, String token) {
    }

    static Map<String, Object> signupBody(String ownerEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationName", "Dealer Group of " + ownerEmail);
        body.put("rooftop", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                "stateCode", "IL"));
        body.put("ownerEmail", ownerEmail);
        body.put("ownerName", "Olive Owner");
        body.put("ownerPassword", PASSWORD);
        return body;
    }

    Org signUp(String ownerEmail) {
        Answer signedUp = post("/api/v1/signup", null, signupBody(ownerEmail));
        if (signedUp.status() != 201) {
            throw new AssertionError("signup failed: " + signedUp);
        }
        String org = signedUp.text("organizationId");
        return new Org(org, signedUp.text("rooftopId"), signedUp.text("ownerId"), logIn(org, ownerEmail));
    }

    String logIn(String organizationId, String email) {
        Answer login = post("/api/v1/auth/login", null,
                Map.of("organizationId", organizationId, "email", email, "password", PASSWORD));
        if (login.status() != 200) {
            throw new AssertionError("login failed: " + login);
        }
        return login.text("accessToken");
    }

    /** Invites {@code email} with {@code role} to all rooftops, accepts, logs in: the new member's token. */
    String member(Org org, String email, String role) {
        return member(org, email, role, List.of("*"));
    }

    /** The same, limited to {@code rooftops}. */
    String member(Org org, String email, String role, List<String> rooftops) {
        Answer issued = post("/api/v1/invitations", org.token(), Map.of("email", email, "role", role,
                "rooftops", rooftops));
        if (issued.status() != 201) {
            throw new AssertionError("invitation failed: " + issued);
        }
        Answer accepted = post("/api/v1/invitations/accept", null, Map.of("token", issued.text("token"),
                "email", email, "displayName", "Member " + role, "password", PASSWORD));
        if (accepted.status() != 201) {
            throw new AssertionError("accept failed: " + accepted);
        }
        return logIn(org.id(), email);
    }
}
