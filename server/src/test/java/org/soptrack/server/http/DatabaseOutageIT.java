package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * The database goes away under load and comes back: meanwhile the server answers 503 problem+json (never another 5xx,
 * never a hang), it recovers on its own without a restart, and every order it acknowledged with a 201 is there
 * afterwards. The server runs against PostgreSQL as an external database (a URL), which this test stops and starts.
 */
class DatabaseOutageIT {

    private static final int WRITERS = 4;

    /** One answer to a write: its status, the order's id if created, the problem type if refused. */
    private record Write(Instant at, int status, String id, String roNumber, String problem, String contentType) {
    }

    @Test
    void the_server_answers_503_while_the_database_is_down_and_loses_no_acknowledged_write() throws Exception {
        Path data = Path.of("target", "outage-postgres", UUID.randomUUID().toString(), "postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(data);
        int port = database.port();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", "soptrack_app",
                "datasources.default.password", "outage-test",
                "datasources.default.connection-timeout", "1000",
                "soptrack.database.owner-username", EmbeddedDatabase.OWNER,
                "soptrack.database.owner-password", ""), "test")) {
            Api api = new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            Api.Org org = api.signUp("owner@outage.example");
            String customer = SpecialOrderFlowIT.customer(api, org.token());

            Queue<Write> writes = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                load.submit(() -> {
                    while (running.get()) {
                        String ro = "RO-" + sequence.incrementAndGet();
                        Api.Answer answer = api.post("/api/v1/sops", org.token(),
                                SpecialOrderFlowIT.order(org, customer, ro));
                        writes.add(new Write(Instant.now(), answer.status(),
                                answer.status() == 201 ? answer.text("id") : null, ro, answer.problem(),
                                answer.contentType()));
                    }
                    return null;
                });
            }
            awaitUntil(() -> count(writes, 201) >= 20, "orders acknowledged before the outage");

            database.close();
            Instant stopped = Instant.now();
            awaitUntil(() -> count(writes, 503) >= 8, "503 answers while the database is down");

            database = EmbeddedDatabase.start(data, port);
            Instant restarted = Instant.now();
            awaitUntil(() -> writes.stream().filter(w -> w.status() == 201 && w.at().isAfter(restarted)).count() >= 20,
                    "orders acknowledged after the database came back");
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<Write> all = new ArrayList<>(writes);
            assertThat(all).as("every answer is 201 or 503").allMatch(w -> w.status() == 201 || w.status() == 503);
            assertThat(all).filteredOn(w -> w.status() == 503).isNotEmpty().allSatisfy(w -> {
                assertThat(w.problem()).isEqualTo("database-unavailable");
                assertThat(w.contentType()).startsWith(Problems.MEDIA_TYPE);
            });
            List<Write> acknowledged = all.stream().filter(w -> w.status() == 201).toList();
            for (Write write : acknowledged) {
                Api.Answer read = api.get("/api/v1/sops/" + write.id(), org.token());
                assertThat(read.status()).as("acknowledged %s", write).isEqualTo(200);
                assertThat(read.text("roNumber")).isEqualTo(write.roNumber());
            }
            long before = acknowledged.stream().filter(w -> w.at().isBefore(stopped)).count();
            System.out.printf("Database outage: %d orders acknowledged before the stop, %d after the restart, "
                            + "%d answered 503 in between; all %d acknowledged orders read back%n", before,
                    acknowledged.size() - before, count(writes, 503), acknowledged.size());
        } finally {
            database.close();
        }
    }

    private static long count(Queue<Write> writes, int status) {
        return writes.stream().filter(w -> w.status() == status).count();
    }

    /** Polls the load's answers (the load runs on real time; nothing here is a duration rule of the product). */
    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
