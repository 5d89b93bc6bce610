package org.soptrack.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R-OPS-1: the one jar {@code mvn -B package} builds ({@code server/target/soptrack-server.jar}) serves on its own with
 * {@code java -jar}: embedded PostgreSQL in a data folder of its own, {@code /health} up, the staff application's
 * front door answering; and it stops cleanly on SIGTERM, embedded database included.
 */
class JarStartsIT {

    @Test
    void java_dash_jar_serves_on_the_embedded_default_and_stops_on_sigterm() throws Exception {
        Path data = Path.of("target", "jar-it", UUID.randomUUID().toString());
        ServerJar server = ServerJar.start(data, Map.of());
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<Void> home = http.send(HttpRequest.newBuilder(server.uri("/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(home.statusCode()).isEqualTo(303);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
            assertThat(data.resolve("PG_VERSION")).as("the embedded database lives in the data folder given").exists();
            server.stop(Duration.ofSeconds(60));
        } finally {
            server.kill();
        }
        assertThat(data.resolve("postmaster.pid")).as("the embedded PostgreSQL stopped with it").doesNotExist();
    }
}
