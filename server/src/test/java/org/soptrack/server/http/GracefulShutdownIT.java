package org.soptrack.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.soptrack.server.ServerJar;

/**
 * R-OPS-3, graceful shutdown: the jar is stopped with SIGTERM while its outbox dispatcher is sending to a slow e-mail
 * provider (a stub on this machine). The send under way finishes and is answered, the server ends within its grace
 * period, and a second start on the same database sends the rest at once, well before the two-minute leases of the
 * first could have run out: every message reaches the provider exactly once, under its own idempotency key.
 */
class GracefulShutdownIT {

    private static final Duration PROVIDER_DELAY = Duration.ofMillis(800);
    private static final int ADDRESSES = 8;

    /** A slow e-mail API: records each request's idempotency key and whether its answer reached the caller. */
    static final class SlowProvider implements AutoCloseable {
        final List<String> keys = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger answered = new AtomicInteger();
        final AtomicInteger cut = new AtomicInteger();
        private final HttpServer server;

        SlowProvider() throws IOException {
            this(PROVIDER_DELAY);
        }

        /** Answering each request after {@code delay}. */
        SlowProvider(Duration delay) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                byte[] body = ("{\"id\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
                try {
                    TimeUnit.MILLISECONDS.sleep(delay.toMillis());
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    answered.incrementAndGet();
                } catch (IOException | InterruptedException e) {
                    cut.incrementAndGet();
                } finally {
                    exchange.close();
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        Map<String, Long> perKey() {
            synchronized (keys) {
                return keys.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    static void await(String what, Duration patience, Supplier<Boolean> condition) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (!condition.get() && Instant.now().isBefore(until)) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(condition.get()).as(what).isTrue();
    }

    private static final String OWNER = "owner@graceful.example";

    /** The jar's settings: e-mail through the provider stub, a quick dispatcher, its chunk and its lease. */
    private static Map<String, String> environment(SlowProvider provider, int inFlight, String lease) {
        return Map.of("SOPTRACK_EMAIL_API_URL", provider.url(),
                "SOPTRACK_EMAIL_API_KEY", "re_local_stub",
                "SOPTRACK_NOTIFY_DISPATCH_INTERVAL", "300ms",
                "SOPTRACK_NOTIFY_IN_FLIGHT", Integer.toString(inFlight),
                "SOPTRACK_NOTIFY_LEASE", lease);
    }

    /** Signs up, names {@code addresses} e-mail recipients and sends them a test message: the organization's id. */
    private static String sendTestMessages(ServerJar server, int addresses) {
        Api api = new Api(server.uri(""), JsonMapper.createDefault());
        Api.Org org = api.signUp(OWNER);
        Map<String, Object> settings = new HashMap<>();
        settings.put("emails", IntStream.rangeClosed(1, addresses).mapToObj(i -> "desk" + i + "@graceful.example")
                .toList());
        settings.put("routes", Map.of());
        var saved = api.put("/api/v1/rooftops/" + org.rooftopId() + "/notifications", org.token(), settings);
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        var test = api.post("/api/v1/rooftops/" + org.rooftopId() + "/notifications/test", org.token(),
                Map.of("channel", "EMAIL"));
        assertThat(test.status()).as("%s", test).isEqualTo(202);
        assertThat((List<?>) test.map().get("messageIds")).hasSize(addresses);
        return org.id();
    }

    /** The organization's delivery log on {@code server}, once it holds {@code total} messages, all delivered. */
    private static List<Map<String, Object>> allDelivered(ServerJar server, String organization, int total)
            throws InterruptedException {
        Api api = new Api(server.uri(""), JsonMapper.createDefault());
        return allDelivered(api, api.logIn(organization, OWNER), total);
    }

    /** The delivery log {@code token} reads through {@code api}, once it holds {@code total} messages, all delivered. */
    static List<Map<String, Object>> allDelivered(Api api, String token, int total) throws InterruptedException {
        Supplier<List<Map<String, Object>>> deliveryLog = () -> {
            var log = api.get("/api/v1/notifications/deliveries?limit=100", token);
            assertThat(log.status()).as("%s", log).isEqualTo(200);
            return log.list("items");
        };
        await("every message recorded as delivered", Duration.ofSeconds(30), () -> {
            List<Map<String, Object>> log = deliveryLog.get();
            return log.size() == total && log.stream().allMatch(d -> d.get("status").equals("DELIVERED"));
        });
        return deliveryLog.get();
    }

    @Test
    void sigterm_mid_dispatch_loses_no_message_and_sends_none_twice() throws Exception {
        Path data = Path.of("target", "jar-it", "graceful-" + UUID.randomUUID());
        try (SlowProvider provider = new SlowProvider()) {
            Map<String, String> environment = environment(provider, 1, "2m");
            int total = ADDRESSES + 1; // and the owner's welcome e-mail

            ServerJar first = ServerJar.start(data, environment);
            Duration stopping;
            String organization;
            try {
                organization = sendTestMessages(first, ADDRESSES);
                await("the dispatcher is mid-way through the test messages", Duration.ofSeconds(60),
                        () -> provider.keys.size() >= 3);
                Instant sigterm = Instant.now();
                first.stop(Duration.ofSeconds(30));
                stopping = Duration.between(sigterm, Instant.now());
                assertThat(first.log()).contains("gave back");
            } finally {
                first.kill();
            }
            int sentByFirst = provider.keys.size();
            assertThat(provider.cut.get()).as("no send cut off by the shutdown").isZero();
            assertThat(provider.answered.get()).as("the send under way at SIGTERM was answered").isEqualTo(sentByFirst);
            assertThat(sentByFirst).as("some were left for the next start").isLessThan(total);

            ServerJar second = ServerJar.start(data, environment);
            try {
                Instant started = Instant.now();
                List<Map<String, Object>> deliveries = allDelivered(second, organization, total);
                Duration rest = Duration.between(started, Instant.now());
                assertThat(rest).as("sooner than the first start's leases (2 min) could run out")
                        .isLessThan(Duration.ofSeconds(90));
                assertThat(deliveries).hasSize(total).allSatisfy(d -> {
                    assertThat(d.get("attempts")).as("one attempt each").isEqualTo(1);
                    assertThat((List<?>) d.get("log")).hasSize(1);
                });
                assertThat(provider.perKey()).as("each message once, under its own key")
                        .containsOnlyKeys(deliveries.stream().map(d -> d.get("id").toString()).toList())
                        .allSatisfy((key, times) -> assertThat(times).isEqualTo(1L));
                System.out.printf("Graceful shutdown: SIGTERM mid-dispatch, stopped in %d ms after %d of %d sends; "
                        + "the next start sent the other %d in %d ms, each message once%n", stopping.toMillis(),
                        sentByFirst, total, total - sentByFirst, rest.toMillis());
                second.stop(Duration.ofSeconds(30));
            } finally {
                second.kill();
            }
        }
    }

    /**
     * The crash guarantee, stated as a number: a server killed with SIGKILL while a chunk of {@code inFlight} sends is
     * under way (one organization, so one chunk at a time; its database survives, as a separate one would) leaves at
     * most those {@code inFlight} messages to be sent again, each under its own idempotency key, once their leases
     * end; none is lost.
     */
    @Test
    void sigkill_mid_dispatch_resends_at_most_one_chunk_under_the_same_keys() throws Exception {
        int inFlight = 4;
        int addresses = 12;
        Path data = Path.of("target", "jar-it", "killed-" + UUID.randomUUID());
        try (SlowProvider provider = new SlowProvider()) {
            Map<String, String> environment = environment(provider, inFlight, "5s");
            int total = addresses + 1;

            ServerJar first = ServerJar.start(data, environment);
            String organization;
            try {
                organization = sendTestMessages(first, addresses);
                await("a chunk of sends under way after the first", Duration.ofSeconds(60),
                        () -> provider.keys.size() >= inFlight + 2);
            } finally {
                first.crash(data);
            }
            int sentBeforeKill = provider.keys.size();

            ServerJar second = ServerJar.start(data, environment);
            try {
                List<Map<String, Object>> deliveries = allDelivered(second, organization, total);
                await("the provider has every message", Duration.ofSeconds(30), () -> provider.perKey().size() >= total);
                Map<String, Long> perKey = provider.perKey();
                long sentAgain = perKey.values().stream().mapToLong(times -> times - 1).sum();
                assertThat(perKey).as("every message reached the provider, under the key the outbox gave it")
                        .containsOnlyKeys(deliveries.stream().map(d -> d.get("id").toString()).toList());
                assertThat(perKey.values()).as("no message more than twice").allSatisfy(t -> assertThat(t).isLessThan(3));
                assertThat(sentAgain).as("sent again after SIGKILL: at most one chunk").isLessThanOrEqualTo(inFlight);
                System.out.printf("SIGKILL mid-dispatch: %d of %d sends had started; after the restart %d messages "
                        + "were sent again (at most %d in flight), each under its own key, none lost%n",
                        sentBeforeKill, total, sentAgain, inFlight);
                second.stop(Duration.ofSeconds(30));
            } finally {
                second.kill();
            }
        }
    }
}
