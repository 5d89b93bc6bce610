package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What operators and API users reach without a token: the OpenAPI document, its browsable UI and metrics. */
@MicronautTest(transactional = false)
class OperationsIT {

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
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
    void prometheus_metrics_count_http_requests() throws Exception {
        get("/health");
        var metrics = get("/prometheus");
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
