package org.soptrack.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * R-OPS-1: the one jar {@code mvn -B package} builds ({@code server/target/soptrack-server.jar}) serves on its own with
 * {@code java -jar}: embedded PostgreSQL in a data folder of its own, {@code /health} up, the staff application's
 * front door answering; and it stops cleanly on SIGTERM, embedded database included.
 */
class JarStartsIT {

    private static final Path JAR = Path.of("target", "soptrack-server.jar");

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void java_dash_jar_serves_on_the_embedded_default_and_stops_on_sigterm() throws Exception {
        assertThat(JAR).as("built by mvn package").exists();
        int port = freePort();
        Path data = Path.of("target", "jar-it", UUID.randomUUID().toString());
        Files.createDirectories(data.getParent());
        Path log = data.getParent().resolve(data.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SOPTRACK_PORT", Integer.toString(port));
        builder.environment().put("SOPTRACK_DATA_DIR", data.toString());
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI health = URI.create("http://127.0.0.1:" + port + "/health");
            Instant until = Instant.now().plus(Duration.ofSeconds(120));
            int status = 0;
            while (status != 200 && Instant.now().isBefore(until) && server.isAlive()) {
                try {
                    status = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException notYet) {
                    Thread.onSpinWait();
                }
                if (status != 200) {
                    TimeUnit.MILLISECONDS.sleep(250);
                }
            }
            assertThat(status).as("/health of the jar; its log: %s", Files.exists(log) ? Files.readString(log) : "")
                    .isEqualTo(200);
            HttpResponse<Void> home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(home.statusCode()).isEqualTo(303);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
            assertThat(data.resolve("PG_VERSION")).as("the embedded database lives in the data folder given").exists();
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        }
        assertThat(data.resolve("postmaster.pid")).as("the embedded PostgreSQL stopped with it").doesNotExist();
    }
}
