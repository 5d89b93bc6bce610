package org.soptrack.server.bench;

import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The benchmarks' HTTP client: one caller with an API token or a web session, and sequential latency runs. */
final class BenchClient {

    static final String PASSWORD = "bench plum tractor harbour";
    private static final int WARM_UP = 30;
    private static final int MEASURED = 300;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.createDefault();
    private final URI base;
    String token;
    /** A {@code Cookie} header to send instead of the token, for the staff application's pages. */
    String cookies;
    /** One more header on every request (htmx's {@code HX-Request}, say). */
    Map.Entry<String, String> extraHeader;

    BenchClient(URI base) {
        this.base = base;
    }

    /** p50 and p99 in ms of sequential requests over {@code paths} in turn, after a warm-up. */
    double[] latency(List<String> paths) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            expect(send("GET", paths.get(i % paths.size()), null), 200);
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            expect(send("GET", paths.get(i % paths.size()), null), 200);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[MEASURED / 2], ms[(int) Math.ceil(MEASURED * 0.99) - 1]};
    }

    Map<String, Object> signUp(String email, String name) throws Exception {
        return expect(send("POST", "/api/v1/signup", Map.of("organizationName", name, "rooftop", Map.of("name",
                "Main Street Toyota", "brand", "Toyota", "city", "Springfield", "stateCode", "IL"),
                "ownerEmail", email, "ownerName", "Olive Owner", "ownerPassword", PASSWORD)), 201);
    }

    String logIn(String email) throws Exception {
        return String.valueOf(expect(send("POST", "/api/v1/auth/login", Map.of("email", email, "password",
                PASSWORD)), 200).get("accessToken"));
    }

    HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (extraHeader != null) {
            request.header(extraHeader.getKey(), extraHeader.getValue());
        }
        if (cookies != null) {
            request.header("Cookie", cookies);
        } else if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> expect(HttpResponse<String> response, int status) throws Exception {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return response.body().isEmpty() || !isJson ? Map.of() : json.readValue(response.body(), Map.class);
    }

    static String fmt(double value) {
        return String.format("%.2f", value);
    }
}
