package org.soptrack.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The server starts on a random port and reports itself healthy. */
@MicronautTest
class ServerStartsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void health_is_up_on_a_random_port() {
        assertThat(server.getPort()).isNotEqualTo(8080);
        HttpResponse<String> response = client.toBlocking().exchange("/health", String.class);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
