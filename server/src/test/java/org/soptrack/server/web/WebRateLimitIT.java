package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-WEB-3: the forms anyone may post (sign in, its two later steps, sign up) share the API's per-address limit, 3 a
 * minute here: once an address spent it, each answers 429 with Retry-After and a page that says so; reading the
 * sign-in page does not count.
 */
class WebRateLimitIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(EmbeddedServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("email=a%40b.example&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_public_forms_are_limited_per_address() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("soptrack.rate-limit.public-per-minute", 3), "test")) {
            for (int i = 0; i < 5; i++) {
                assertThat(http.send(HttpRequest.newBuilder(server.getURI().resolve("/sign-in")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).as("reading the page").isEqualTo(200);
            }
            for (int i = 0; i < 3; i++) {
                assertThat(post(server, "/sign-in").statusCode()).as("within the limit: refused for its own reasons")
                        .isNotEqualTo(429);
            }
            for (String path : List.of("/sign-in", "/sign-in/organization", "/sign-in/code", "/sign-up",
                    "/accept-invitation", "/forgot-password", "/reset-password", "/contact")) {
                HttpResponse<String> over = post(server, path);
                assertThat(over.statusCode()).as(path).isEqualTo(429);
                assertThat(over.headers().firstValue("Retry-After")).as(path).isPresent();
                assertThat(over.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                assertThat(over.body()).contains("Too many tries");
            }
        }
    }
}
