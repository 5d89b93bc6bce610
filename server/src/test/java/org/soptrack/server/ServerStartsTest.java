package org.soptrack.server;

import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.service.SoptrackCore;
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
@MicronautTest(transactional = false)
class ServerStartsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    SoptrackCore core;

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

    @Test
    void core_runs_on_the_embedded_database() {
        var signedUp = core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command("Acme Motors",
                new Rooftop.Details("Acme Toyota", "Toyota", "Springfield", "IL"), Email.of("owner@acme.example"),
                "Olive Owner"));
        assertThat(signedUp.isOk()).as("%s", signedUp).isTrue();
    }
}
