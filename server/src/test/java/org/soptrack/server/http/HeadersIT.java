package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The headers of R-SEC and R-OPS every client relies on: tokens are never cached, no answer is sniffed, text names its
 * charset, and no other site's page may read the API (CORS closed unless configured, see {@link CorsIT}).
 */
@MicronautTest(transactional = false)
class HeadersIT extends HttpTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET();
        headers.forEach(request::header);
        return exchange(request);
    }

    private HttpResponse<String> post(String path, String json) {
        return exchange(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void answers_that_carry_tokens_are_never_cached() {
        String email = "headers-" + System.nanoTime() + "@acme.example";
        Api.Org org = api.signUp(email);
        var login = post("/api/v1/auth/login", "{\"organizationId\": \"" + org.id() + "\", \"email\": \"" + email
                + "\", \"password\": \"" + Api.PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        String refreshToken = login.body().replaceAll(".*\"refreshToken\":\"([^\"]+)\".*", "$1");
        var refresh = post("/api/v1/auth/refresh", "{\"refreshToken\": \"" + refreshToken + "\"}");
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(200);
        assertThat(refresh.headers().firstValue("Cache-Control")).hasValue("no-store");
        var refused = post("/api/v1/auth/login/second-factor", "{\"challengeToken\": \"none\", \"code\": \"123456\"}");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void no_answer_may_be_sniffed_and_text_names_its_charset() {
        Map<String, HttpResponse<String>> answers = Map.of(
                "a list", get("/api/v1/retention/policy", Map.of()),
                "markdown", get("/api/v1/retention/policy?format=markdown", Map.of()),
                "a refusal by the security filter", get("/api/v1/sops", Map.of()),
                "no such path", get("/api/v1/no-such-thing", Map.of("Authorization", "Bearer x")),
                "health", get("/health", Map.of()),
                "the API browser", get("/openapi/ui/index.html", Map.of()));
        answers.forEach((what, answer) -> {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/")) {
                assertThat(type.toLowerCase()).as(what).contains("charset=utf-8");
            }
        });
        assertThat(answers.get("markdown").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/markdown");
        assertThat(answers.get("the API browser").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/html");
    }

    @Test
    void another_site_gets_no_cors_permission_by_default() {
        var preflight = exchange(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/sops"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var simple = get("/api/v1/retention/policy", Map.of("Origin", "https://elsewhere.example"));
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(get("/api/v1/retention/policy", Map.of()).statusCode()).as("a client that is no browser")
                .isEqualTo(200);
    }

    @Test
    void metrics_are_closed_without_a_configured_scrape_token() {
        assertThat(get("/prometheus", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", Map.of("Authorization", "Bearer ")).statusCode()).isEqualTo(401);
    }

    @Test
    void plain_http_gets_no_hsts_and_a_forwarded_proto_from_an_untrusted_peer_changes_nothing() {
        assertThat(get("/health", Map.of()).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get("/health", Map.of("X-Forwarded-Proto", "https")).headers()
                .firstValue("Strict-Transport-Security")).isEmpty();
    }
}
