package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * R-OPS-3: liveness says the process runs, readiness that it can serve: while PostgreSQL is unreachable readiness
 * answers 503 (a load balancer stops sending traffic) and liveness stays 200 (nothing restarts the process); once the
 * database is back, readiness recovers on its own.
 */
class ReadinessIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private int status(URI base, String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Polls until {@code path} answers {@code expected}, for at most a minute; the last status it saw. */
    private int await(URI base, String path, int expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        int seen = status(base, path);
        while (seen != expected && Instant.now().isBefore(until)) {
            TimeUnit.MILLISECONDS.sleep(250);
            seen = status(base, path);
        }
        return seen;
    }

    @Test
    void readiness_follows_the_database_and_liveness_stays_up() throws Exception {
        Path data = Path.of("target", "readiness-postgres", UUID.randomUUID().toString(), "postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        int port = database.port();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", "soptrack_app",
                "datasources.default.password", "readiness-test",
                "datasources.default.connection-timeout", "1000",
                "soptrack.database.owner-username", EmbeddedDatabase.OWNER,
                "soptrack.database.owner-password", ""), "test")) {
            URI base = server.getURI();
            assertThat(await(base, "/health/readiness", 200)).isEqualTo(200);
            assertThat(status(base, "/health/liveness")).isEqualTo(200);

            database.close();
            assertThat(await(base, "/health/readiness", 503)).as("not ready without the database").isEqualTo(503);
            assertThat(status(base, "/health/liveness")).as("still alive").isEqualTo(200);

            database = EmbeddedDatabase.start(data, port);
            assertThat(await(base, "/health/readiness", 200)).as("ready again").isEqualTo(200);
        } finally {
            database.close();
        }
    }
}
