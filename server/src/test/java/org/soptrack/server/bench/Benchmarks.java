package org.soptrack.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * The read-path benchmarks of {@code server/bench/run.sh}, side by side in one run on one database:
 * <ol>
 *   <li>startup: the server against an external PostgreSQL (a URL), from start to the first 200 of {@code /health};</li>
 *   <li>growth: p50/p99 of one rooftop's list of 50 orders by status over HTTP, at 10k, 100k and 1M orders in all
 *       (1,000 organizations × 3 rooftops, every order with its history, every fifth with a contact attempt);</li>
 *   <li>read path: that list over HTTP with fixed connections vs {@code pgbench} running the adapter's two statements
 *       (the page, then the histories of its orders) in a transaction with the same transaction-local tenant;</li>
 *   <li>RLS: the same pgbench script as the app role under Row-Level Security vs as the owner, who bypasses it, with
 *       the explicit tenant filter the statements carry anyway;</li>
 *   <li>memory: resident set of this process (server, database client and load generator) after warm-up and under
 *       load.</li>
 * </ol>
 * Prints a Markdown table and writes it with a JSON file (machine included) to {@code bench.out} (a directory).
 * Properties: {@code bench.sops} (1000000; 10000000 for the large run), {@code bench.orgs} (1000),
 * {@code bench.seconds} (15 per throughput run), {@code bench.connections} (8), {@code bench.pgbench} (pgbench).
 */
public final class Benchmarks {

    private static final String STATUS = "ORDERED";
    private static final String LIST = "/api/v1/sops?rooftopId=";
    private static final int CUSTOMERS_PER_ORG = 20;
    private static final String PASSWORD = "bench plum tractor harbour";

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int seconds = Integer.getInteger("bench.seconds", 15);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final String pgbench = System.getProperty("bench.pgbench", "pgbench");

    private EmbeddedDatabase database;
    private URI base;
    private JsonMapper json;
    private String token;
    private String organization;
    private String rooftop;

    public static void main(String[] args) throws Exception {
        new Benchmarks().run();
    }

    private void run() throws Exception {
        long sops = Long.getLong("bench.sops", 1_000_000L);
        int orgs = Integer.getInteger("bench.orgs", 1000);
        Path out = Path.of(System.getProperty("bench.out", "target/bench-results"));
        Path data = Path.of("target", "bench-postgres", UUID.randomUUID().toString(), "postgres");
        database = EmbeddedDatabase.start(data);
        try {
            results.put("machine", machine());
            long started = System.nanoTime();
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "datasources.default.url", database.jdbcUrl(),
                    "datasources.default.username", "soptrack_app",
                    "datasources.default.password", "bench",
                    "soptrack.database.owner-username", EmbeddedDatabase.OWNER,
                    "soptrack.database.owner-password", "",
                    "soptrack.rate-limit.public-per-minute", "100000",
                    "soptrack.notify.jobs-enabled", "false",
                    "soptrack.retention.jobs-enabled", "false"))) {
                base = server.getURI();
                json = server.getApplicationContext().getBean(JsonMapper.class);
                awaitHealthy();
                double startup = (System.nanoTime() - started) / 1e6;
                row("Startup to first 200 (external PostgreSQL, migrations included)", fmt(startup) + " ms", "", "");
                results.put("startupMs", startup);
                signUp();
                seedOrganizations(orgs - 1);
                long done = 0;
                List<Long> stages = new ArrayList<>(List.of(10_000L, 100_000L, 1_000_000L, 10_000_000L));
                stages.removeIf(s -> s > sops);
                Map<String, Object> growth = new LinkedHashMap<>();
                for (long stage : stages) {
                    long seeded = seedOrders(orgs, done, stage);
                    done = stage;
                    double[] latency = latency(300, 1000);
                    growth.put(Long.toString(stage), Map.of("p50Ms", latency[0], "p99Ms", latency[1],
                            "seedSeconds", seeded / 1e3));
                    row("List of 50 by status over HTTP at " + String.format("%,d", stage) + " orders",
                            "p50 " + fmt(latency[0]) + " ms, p99 " + fmt(latency[1]) + " ms", "", "");
                }
                results.put("growth", growth);
                results.put("rssAfterWarmUpMiB", rssMiB());
                readPath();
            }
        } finally {
            database.close();
        }
        write(out);
    }

    private void readPath() throws Exception {
        double httpRate = httpThroughput();
        Object rssUnderLoad = results.getOrDefault("rssUnderLoadMiB", "?");
        Path script = Files.createTempFile("soptrack-list", ".sql");
        try {
            Files.writeString(script, listScript(true));
            double appRole = pgbench(script, "soptrack_app");
            Files.writeString(script, listScript(false));
            double owner = pgbench(script, EmbeddedDatabase.OWNER);
            results.put("readPath", Map.of("httpRequestsPerSecond", httpRate, "pgbenchTps", appRole,
                    "ratio", httpRate / appRole, "connections", connections, "seconds", seconds));
            results.put("rls", Map.of("appRoleTps", appRole, "ownerTps", owner, "ratio", appRole / owner));
            row("Read: list of 50 over HTTP (" + results.get("loadGenerator") + ", " + connections
                            + " connections) vs pgbench (same SQL, app role)", fmt(httpRate) + " req/s",
                    fmt(appRole) + " tps", fmt2(httpRate / appRole));
            row("RLS: app role under RLS vs owner with explicit filter (pgbench)", fmt(appRole) + " tps",
                    fmt(owner) + " tps", fmt2(appRole / owner));
            row("Resident memory of the server's JVM after warm-up / under load",
                    results.get("rssAfterWarmUpMiB") + " MiB", rssUnderLoad + " MiB", "");
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The adapter's page query and history query, with the values a request for this rooftop binds. */
    private String listScript(boolean underRls) {
        String page = "SELECT * FROM special_orders WHERE organization_id = '" + organization + "'"
                + " AND (false OR rooftop_id = ANY (CAST('{" + rooftop + "}' AS uuid[])))"
                + " AND (cardinality(CAST('{" + STATUS + "}' AS text[])) = 0"
                + " OR status = ANY (CAST('{" + STATUS + "}' AS text[])))"
                + " AND (CAST(NULL AS text) IS NULL OR ro_number = NULL)"
                + " AND (CAST(NULL AS bigint) IS NULL OR sop_number = NULL)"
                + " AND (CAST(NULL AS uuid) IS NULL OR customer_id = NULL)"
                + " AND (CAST(NULL AS text) IS NULL OR part_number = NULL)"
                + " AND (CAST(NULL AS timestamptz) IS NULL OR received_at < NULL)"
                + " AND (CAST(NULL AS timestamptz) IS NULL OR (created_at, id) < (NULL, NULL))"
                + " ORDER BY created_at DESC, id DESC LIMIT 51";
        String histories = "SELECT * FROM special_order_transitions WHERE organization_id = '" + organization
                + "' AND special_order_id IN (SELECT id FROM (" + page + ") p)";
        return "BEGIN;\n"
                + (underRls ? "SELECT set_config('app.tenant_id', '" + organization + "', true);\n" : "")
                + page + ";\n" + histories + ";\nCOMMIT;\n";
    }

    private double pgbench(Path script, String user) throws Exception {
        List<String> command = List.of(pgbench, "-n", "-h", "127.0.0.1", "-p", Integer.toString(database.port()),
                "-U", user, "-c", Integer.toString(connections), "-j", "2", "-T", Integer.toString(seconds),
                "-M", "prepared", "-f", script.toString(), "postgres");
        run(List.of(pgbench, "-n", "-h", "127.0.0.1", "-p", Integer.toString(database.port()), "-U", user,
                "-c", Integer.toString(connections), "-j", "2", "-T", "3", "-M", "prepared", "-f", script.toString(),
                "postgres"));
        String output = run(command);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /**
     * Requests per second of the list with {@code connections} connections, after a warm-up of a third as long: with
     * wrk when it is installed (a C load generator, so the JVM under test does not also pay for the client), else
     * with a JVM generator in this process.
     */
    private double httpThroughput() throws Exception {
        String wrk = System.getProperty("bench.wrk", "wrk");
        boolean haveWrk;
        try {
            haveWrk = new ProcessBuilder(wrk, "--version").redirectErrorStream(true).start().waitFor() <= 1;
        } catch (IOException missing) {
            haveWrk = false;
        }
        results.put("loadGenerator", haveWrk ? "wrk" : "JVM (java.net.http, in process)");
        if (!haveWrk) {
            hammer(Math.max(3, seconds / 3));
            return hammer(seconds);
        }
        String url = base.resolve(LIST + rooftop + "&status=" + STATUS + "&limit=50").toString();
        List<String> command = List.of(wrk, "-t", "2", "-c", Integer.toString(connections), "-d",
                seconds + "s", "-H", "Authorization: Bearer " + token, url);
        List<String> warmUp = new ArrayList<>(command);
        warmUp.set(6, Math.max(3, seconds / 3) + "s");
        run(warmUp);
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
                results.put("rssUnderLoadMiB", rssMiB());
            } catch (InterruptedException | IOException e) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.start();
        String output = run(command);
        sampler.join();
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException("wrk saw failures:\n" + output);
        }
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate:\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }

    private double hammer(int forSeconds) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(forSeconds);
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            counts.add(clients.submit(() -> {
                long n = 0;
                while (System.nanoTime() < deadline) {
                    list();
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(forSeconds) / 2);
        results.put("rssUnderLoadMiB", rssMiB());
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        clients.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }

    /** p50 and p99 in ms of {@code measured} sequential requests after {@code warmUp} unmeasured ones. */
    private double[] latency(int warmUp, int measured) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            list();
        }
        double[] ms = new double[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            list();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[measured / 2], ms[(int) Math.ceil(measured * 0.99) - 1]};
    }

    private void list() throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", LIST + rooftop + "&status=" + STATUS + "&limit=50", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("list answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> send(String method, String path, Object body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(HttpResponse<String> response, int expected) throws IOException {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Expected " + expected + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        return json.readValue(response.body(), Map.class);
    }

    private void awaitHealthy() throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (send("GET", "/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server did not become healthy");
    }

    /** The measured organization: signed up over the API, with two more rooftops, its owner logged in. */
    private void signUp() throws Exception {
        Map<String, Object> signedUp = object(send("POST", "/api/v1/signup", Map.of("organizationName", "Measured Motors",
                "rooftop", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                        "stateCode", "IL"), "ownerEmail", "owner@measured.example", "ownerName", "Olive Owner",
                "ownerPassword", PASSWORD)), 201);
        organization = String.valueOf(signedUp.get("organizationId"));
        rooftop = String.valueOf(signedUp.get("rooftopId"));
        token = String.valueOf(object(send("POST", "/api/v1/auth/login", Map.of("organizationId", organization,
                "email", "owner@measured.example", "password", PASSWORD)), 200).get("accessToken"));
        for (String name : List.of("Second Street Lexus", "Third Street Scion")) {
            object(send("POST", "/api/v1/rooftops", Map.of("name", name, "brand", "Toyota", "city", "Springfield",
                    "stateCode", "IL")), 201);
        }
    }

    /** {@code count} more organizations with three rooftops each, and customers for every organization. */
    private void seedOrganizations(int count) throws SQLException {
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organizations (organization_id, name, subscription, created_at, version)"
                    + " SELECT gen_random_uuid(), 'Bench Group ' || g, 'ACTIVE', now(), 0"
                    + " FROM generate_series(1, " + count + ") g");
            s.execute("INSERT INTO rooftops (organization_id, id, name, brand, city, state_code, aging_threshold,"
                    + " default_return_window, deadline_near_window, first_contact_delay, recycle_every, daily_within,"
                    + " wait_for_all_parts, created_at, version)"
                    + " SELECT o.organization_id, gen_random_uuid(), 'Rooftop ' || r, 'Toyota', 'Springfield', 'IL',"
                    + " interval '14 days', interval '30 days', interval '5 days', interval '3 days',"
                    + " interval '2 days', interval '7 days', true, now(), 0"
                    + " FROM organizations o CROSS JOIN generate_series(1, 3) r WHERE o.name LIKE 'Bench Group %'");
            s.execute("INSERT INTO customers (organization_id, id, name, phone, may_call, may_sms, may_email,"
                    + " opted_out, created_at, version)"
                    + " SELECT o.organization_id, gen_random_uuid(), 'Customer ' || n,"
                    + " '+1217555' || lpad(n::text, 4, '0'), true, true, true, false, now(), 0"
                    + " FROM organizations o CROSS JOIN generate_series(1, " + CUSTOMERS_PER_ORG + ") n");
        }
    }

    /**
     * Adds orders evenly to every rooftop until {@code total} exist, each with one history row and every fifth with
     * a contact attempt; then ANALYZE. Returns the milliseconds it took.
     */
    private long seedOrders(int orgs, long existing, long total) throws SQLException {
        long started = System.nanoTime();
        int rooftops = orgs * 3;
        long perRooftop = Math.max(1, (total - existing) / rooftops);
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            long before = scalar(s, "SELECT coalesce(max(last_number), 0) FROM sop_counters");
            long from = before + 1;
            long to = before + perRooftop;
            s.execute("INSERT INTO special_orders (organization_id, id, rooftop_id, sop_number, customer_id,"
                    + " vehicle_year, vehicle_make, vehicle_model, ro_number, part_number, description, quantity,"
                    + " vendor, unit_price, non_returnable, notes, status, received_at, created_by_kind,"
                    + " created_by_id, created_at, updated_at, version)"
                    + " SELECT r.organization_id, gen_random_uuid(), r.id, g, cs.ids[1 + g % " + CUSTOMERS_PER_ORG + "],"
                    + " 2021, 'Toyota', 'Camry', 'RO-' || g, '90915-YZZD1', 'Oil filter', 1, 'Toyota Parts Center',"
                    + " 12.50, false, '', st.status,"
                    + " CASE WHEN st.status IN ('RECEIVED', 'CUSTOMER_NOTIFIED', 'SCHEDULED', 'COMPLETED')"
                    + " THEN now() - g * interval '1 minute' END,"
                    + " 'SYSTEM', r.organization_id, now() - g * interval '1 minute', now(), 1"
                    + " FROM rooftops r"
                    + " JOIN (SELECT organization_id, array_agg(id) AS ids FROM customers GROUP BY organization_id) cs"
                    + " ON cs.organization_id = r.organization_id"
                    + " CROSS JOIN generate_series(" + from + ", " + to + ") g"
                    + " CROSS JOIN LATERAL (SELECT (ARRAY['REQUESTED', 'ORDERED', 'BACKORDERED', 'RECEIVED',"
                    + " 'CUSTOMER_NOTIFIED', 'SCHEDULED', 'COMPLETED', 'CANCELLED'])[1 + (g * 7 + 3) % 8] AS status) st");
            s.execute("INSERT INTO special_order_transitions (organization_id, special_order_id, seq, from_status,"
                    + " to_status, actor_kind, actor_id, at)"
                    + " SELECT organization_id, id, 1, 'REQUESTED', status, 'SYSTEM', organization_id, created_at"
                    + " FROM special_orders WHERE sop_number BETWEEN " + from + " AND " + to);
            s.execute("INSERT INTO contact_attempts (organization_id, id, rooftop_id, ro_number, customer_id, at,"
                    + " actor_kind, actor_id, channel, outcome, note)"
                    + " SELECT organization_id, gen_random_uuid(), rooftop_id, ro_number, customer_id, created_at,"
                    + " 'SYSTEM', organization_id, 'CALL', 'VOICEMAIL', ''"
                    + " FROM special_orders WHERE sop_number BETWEEN " + from + " AND " + to + " AND sop_number % 5 = 0");
            s.execute("INSERT INTO sop_counters (organization_id, rooftop_id, last_number)"
                    + " SELECT organization_id, id, " + to + " FROM rooftops"
                    + " ON CONFLICT (organization_id, rooftop_id) DO UPDATE SET last_number = EXCLUDED.last_number");
            s.execute("ANALYZE");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Map<String, Object> machine() throws SQLException, IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryGiB", Math.round(memTotalKiB() / 1024.0 / 1024.0));
        machine.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            machine.put("postgresql", r.getString(1));
        }
        machine.put("at", Instant.now().toString());
        return machine;
    }

    private static long memTotalKiB() throws IOException {
        return kib(Files.readAllLines(Path.of("/proc/meminfo")), "MemTotal:");
    }

    private static long rssMiB() throws IOException {
        return kib(Files.readAllLines(Path.of("/proc/self/status")), "VmRSS:") / 1024;
    }

    private static long kib(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
    }

    private void row(String what, String measured, String baseline, String ratio) {
        rows.add(new String[] {what, measured, baseline, ratio});
        System.out.printf("%s: %s %s %s%n", what, measured, baseline, ratio);
    }

    @SuppressWarnings("unchecked")
    private void write(Path out) throws IOException {
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        StringBuilder table = new StringBuilder();
        table.append(String.format("Machine: %s cores, %s GiB, %s, PostgreSQL %s (embedded), %s%n%n",
                machine.get("cores"), machine.get("memoryGiB"), machine.get("jdk"), machine.get("postgresql"),
                machine.get("at")));
        table.append("| Benchmark | soptrack | baseline | ratio |\n|---|---|---|---|\n");
        rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("read-path.md"), table);
        Files.writeString(out.resolve("read-path.json"), json.writeValueAsString(results));
        System.out.println();
        System.out.println(table);
    }

    private static String fmt(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    private static String fmt2(double value) {
        return String.format("%.2f", value);
    }
}
