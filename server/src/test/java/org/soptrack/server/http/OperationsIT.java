package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What operators and API users reach: the OpenAPI document and its browsable UI without a token, the metrics only with
 * the deployment's scrape token.
 */
@MicronautTest(transactional = false)
@Property(name = "soptrack.metrics.token", value = OperationsIT.SCRAPE_TOKEN)
class OperationsIT {

    static final String SCRAPE_TOKEN = "scrape-token-of-this-test-deployment";

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_openapi_document_describes_every_area_and_the_bearer_scheme() throws Exception {
        var spec = get("/openapi/soptrack-v1.yml");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("title: soptrack", "/api/v1/sops/{id}/transitions", "/api/v1/auth/login",
                "/api/v1/signup", "/api/v1/audit", "/api/v1/reports/aging", "scheme: bearer");
    }

    @Test
    void swagger_ui_is_served() throws Exception {
        var ui = get("/openapi/ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    @Test
    void prometheus_metrics_count_http_requests_for_the_scrape_token_only() throws Exception {
        get("/health");
        assertThat(get("/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/prometheus", "Authorization", "Bearer wrong-token-of-the-same-length!").statusCode())
                .isEqualTo(401);
        var metrics = get("/prometheus", "Authorization", "Bearer " + SCRAPE_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
                "hikaricp_connections");
    }

    @Test
    void nothing_else_opens_without_a_token() throws Exception {
        assertThat(get("/api/v1/sops").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/members").statusCode()).isEqualTo(401);
    }
}
