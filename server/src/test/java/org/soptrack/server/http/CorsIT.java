package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** CORS opened for one origin by configuration, as docs/operations.md shows: that origin may call, no other. */
@MicronautTest(transactional = false)
@Property(name = "soptrack.cors.allowed-origins", value = "https://parts.example")
class CorsIT extends HttpTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> preflight(String origin) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/sops"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_configured_origin_may_call_and_no_other() {
        var allowed = preflight("https://parts.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://parts.example");
        assertThat(allowed.headers().allValues("Access-Control-Allow-Methods").toString()).contains("POST");
        var other = preflight("https://elsewhere.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
