package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.soptrack.server.http.GracefulShutdownIT.allDelivered;
import static org.soptrack.server.http.GracefulShutdownIT.await;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.soptrack.postgres.embedded.EmbeddedDatabase;
import org.soptrack.server.ServerJar;
import org.soptrack.server.http.GracefulShutdownIT.SlowProvider;

/**
 * R-OPS-5, several instances on one database: two jars on the same PostgreSQL, with the same token and link secrets
 * as docs/operations.md asks. A token one issued is accepted by the other; the messages of test sends made through
 * both are delivered by both dispatchers, each exactly once (each instance sends to its own provider stub, and the
 * stubs count every idempotency key); a logout on one is refused by the other on the very next request; neither
 * sweeps while the sweep's database lock is held elsewhere, and one sweeps once it is free (one sweeper at a time:
 * each instance takes that lock, which {@code JobLockIT} shows admits one holder).
 */
class TwoInstancesIT {

    private static final String SKIPPED = "Retention sweep skipped: another instance holds the lock";
    private static final String SWEPT = "Retention sweep removed";

    private static String log(ServerJar jar) {
        try {
            return jar.log();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes or gives back the retention sweep's database lock, as an instance running the sweep would. */
    private static void lockTheSweep(Connection connection, boolean take) throws SQLException {
        String function = take ? "pg_advisory_lock" : "pg_advisory_unlock";
        try (PreparedStatement s = connection.prepareStatement("SELECT " + function + "(hashtextextended(?, 0))")) {
            s.setString(1, "soptrack.retention-sweep");
            s.execute();
        }
    }

    private static final String OWNER = "owner@two.example";
    /** The most recipients a rooftop may have; the test message is sent to them twice. */
    private static final int ADDRESSES = 20;

    private static Map<String, String> environment(EmbeddedDatabase database, SlowProvider provider) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        environment.put("DATASOURCES_DEFAULT_USERNAME", "soptrack_app");
        environment.put("DATASOURCES_DEFAULT_PASSWORD", "two-instances");
        environment.put("SOPTRACK_DATABASE_OWNER_USERNAME", EmbeddedDatabase.OWNER);
        environment.put("SOPTRACK_DATABASE_OWNER_PASSWORD", "");
        environment.put("SOPTRACK_JWT_SECRET", "two-instances-share-this-secret-of-more-than-32-bytes");
        environment.put("SOPTRACK_LINK_SECRET", "two-instances-share-this-link-key-of-more-than-32-bytes");
        environment.put("SOPTRACK_EMAIL_API_URL", provider.url());
        environment.put("SOPTRACK_EMAIL_API_KEY", "re_local_stub");
        // Small passes, so that both dispatchers keep claiming while the other sends.
        environment.put("SOPTRACK_NOTIFY_DISPATCH_INTERVAL", "200ms");
        environment.put("SOPTRACK_NOTIFY_BATCH", "4");
        environment.put("SOPTRACK_NOTIFY_IN_FLIGHT", "4");
        // Sweeps every half second from the start, so both instances reach for the sweep's lock while the test runs.
        environment.put("SOPTRACK_RETENTION_INTERVAL", "500ms");
        environment.put("SOPTRACK_RETENTION_FIRST_SWEEP_AFTER", "500ms");
        return environment;
    }

    @Test
    void two_servers_on_one_database_share_sign_ins_and_deliver_each_message_once() throws Exception {
        Path work = Path.of("target", "jar-it", "two-" + UUID.randomUUID());
        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"));
        try (SlowProvider toA = new SlowProvider(Duration.ofMillis(150));
             SlowProvider toB = new SlowProvider(Duration.ofMillis(150));
             Connection sweeper = database.ownerDataSource().getConnection()) {
            // A third "instance" holds the sweep's lock while both servers start: neither may sweep meanwhile.
            lockTheSweep(sweeper, true);
            ServerJar a = ServerJar.start(work.resolve("a"), environment(database, toA));
            ServerJar b = ServerJar.start(work.resolve("b"), environment(database, toB));
            try {
                await("both instances finding the sweep taken", Duration.ofSeconds(30),
                        () -> log(a).contains(SKIPPED) && log(b).contains(SKIPPED));
                assertThat(log(a) + log(b)).as("no sweep while another instance holds the lock")
                        .doesNotContain(SWEPT);
                lockTheSweep(sweeper, false);
                await("a sweep once the lock is free", Duration.ofSeconds(30),
                        () -> log(a).contains(SWEPT) || log(b).contains(SWEPT));

                JsonMapper json = JsonMapper.createDefault();
                Api onA = new Api(a.uri(""), json);
                Api onB = new Api(b.uri(""), json);
                Api.Org org = onA.signUp(OWNER);
                assertThat(onB.get("/api/v1/sops?limit=5", org.token()).status())
                        .as("a token issued by one instance, accepted by the other").isEqualTo(200);

                Map<String, Object> settings = new HashMap<>();
                settings.put("emails", IntStream.rangeClosed(1, ADDRESSES).mapToObj(i -> "desk" + i + "@two.example")
                        .toList());
                settings.put("routes", Map.of());
                Api.Answer saved = onB.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(),
                        settings);
                assertThat(saved.status()).as("%s", saved).isEqualTo(200);
                for (Api api : List.of(onA, onB)) {
                    Api.Answer test = api.post("/api/v1/rooftops/" + org.rooftopId() + "/notifications/test",
                            org.token(), Map.of("channel", "EMAIL"));
                    assertThat(test.status()).as("%s", test).isEqualTo(202);
                }
                int total = 2 * ADDRESSES + 1; // and the owner's welcome e-mail

                await("every message at a provider", Duration.ofSeconds(60),
                        () -> toA.perKey().size() + toB.perKey().size() >= total);
                List<Map<String, Object>> deliveries = allDelivered(onA, onA.logIn(org.id(), OWNER), total);
                Map<String, Long> perKey = new HashMap<>(toA.perKey());
                toB.perKey().forEach((key, times) -> perKey.merge(key, times, Long::sum));
                assertThat(perKey).as("each message sent once, by one instance, under its own key")
                        .containsOnlyKeys(deliveries.stream().map(d -> d.get("id").toString()).toList())
                        .allSatisfy((key, times) -> assertThat(times).isEqualTo(1L));
                assertThat(toA.perKey()).as("instance A delivered some").isNotEmpty();
                assertThat(toB.perKey()).as("instance B delivered some").isNotEmpty();
                System.out.printf("Two instances: %d messages, %d sent by A and %d by B, none twice%n", total,
                        toA.perKey().size(), toB.perKey().size());

                assertThat(onB.post("/api/v1/auth/logout", org.token(), Map.of()).status()).isEqualTo(204);
                Api.Answer after = onA.get("/api/v1/sops?limit=5", org.token());
                assertThat(after.status()).as("a logout on one instance, refused at once by the other: %s", after)
                        .isEqualTo(401);
                a.stop(Duration.ofSeconds(30));
                b.stop(Duration.ofSeconds(30));
            } finally {
                a.kill();
                b.kill();
            }
        } finally {
            database.close();
        }
    }
}
