package org.soptrack.server.bench;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * The HTTP benchmarks of {@code server/bench/run.sh}, side by side in one run on one database. The server runs as
 * operators run it, in its own JVM ({@link ServerProcess}); the load generator is wrk, outside both.
 * <ol>
 *   <li>startup to the first 200 of {@code /health}: against an external, empty PostgreSQL (migrations run), and on
 *       embedded PostgreSQL the first time (initdb) and later;</li>
 *   <li>growth: p50/p99 of one rooftop's list of 50 orders by status over HTTP, at 10k, 100k and 1M orders in all
 *       (1,000 organizations × 3 rooftops, every order with its history, every fifth with a contact attempt);</li>
 *   <li>read path: that list over HTTP with fixed connections (the second of two runs, once the JIT is done) vs
 *       {@code pgbench} running the adapter's two statements
 *       (the page, then the histories of its orders) in a transaction with the same transaction-local tenant;</li>
 *   <li>RLS: the same pgbench script as the app role under Row-Level Security vs as the owner, who bypasses it, with
 *       the explicit tenant filter the statements carry anyway;</li>
 *   <li>peer: that list from PostGraphile 4 over the same table, policy and app role, our rate divided by its;</li>
 *   <li>write path: creating an order over HTTP vs pgbench running the statements that request runs;</li>
 *   <li>memory: resident set of the server's JVM after warm-up and under load; then the read path on a second server
 *       started with {@code server/jvm.options}, its resident set and its rate against the first's;</li>
 *   <li>two instances: the list through two servers on the same database at once, against one.</li>
 * </ol>
 * Prints a Markdown table and writes it with a JSON file (machine included) to {@code bench.out} (a directory).
 * Properties: {@code bench.sops} (1000000; 10000000 for the large run), {@code bench.orgs} (1000),
 * {@code bench.seconds} (15 per throughput run), {@code bench.connections} (8), {@code bench.pgbench} (pgbench),
 * {@code bench.wrk} (wrk), {@code bench.peer} (the PostGraphile peer's directory, with its node_modules; no peer
 * without it), {@code bench.jvm-options} (for the server's JVM), {@code bench.lean-options} (instead of
 * {@code server/jvm.options}, to try others).
 */
public final class Benchmarks {

    private static final String STATUS = "ORDERED";
    private static final String LIST = "/api/v1/sops?rooftopId=";
    private static final int CUSTOMERS_PER_ORG = 20;
    private static final String PASSWORD = "bench plum tractor harbour";
    private static final String JWT_SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int seconds = Integer.getInteger("bench.seconds", 15);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final String pgbench = System.getProperty("bench.pgbench", "pgbench");

    private final Map<String, Object> startups = new LinkedHashMap<>();
    private final JsonMapper json = JsonMapper.createDefault();

    private EmbeddedDatabase database;
    private ServerProcess server;
    private Path log;
    private URI base;
    private String token;
    private String organization;
    private String rooftop;
    private String owner;
    /** The most the server under test held while wrk ran, in MiB. */
    private volatile long rssUnderLoad;

    /** The size on disk of the database, tables, indexes and TOAST together (docs/scaling.md reads it). */
    private long databaseMiB() throws Exception {
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database()) / 1048576")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void main(String[] args) throws Exception {
        new Benchmarks().run();
    }

    private void run() throws Exception {
        long sops = Long.getLong("bench.sops", 1_000_000L);
        int orgs = Integer.getInteger("bench.orgs", 1000);
        Path out = Path.of(System.getProperty("bench.out", "target/bench-results"));
        Path work = Path.of("target", "bench-postgres", UUID.randomUUID().toString());
        log = Files.createDirectories(work).resolve("server.log");
        System.out.println("Server output: " + log.toAbsolutePath());
        database = withStatementStatistics(work.resolve("postgres"));
        try {
            results.put("machine", machine());
            try (ServerProcess server = ServerProcess.start(onExternalDatabase(), log)) {
                this.server = server;
                base = server.base();
                startup("external PostgreSQL, empty database: migrations included", server.startupMs());
                signUp();
                seedOrganizations(orgs - 1);
                long done = 0;
                List<Long> stages = new ArrayList<>(List.of(10_000L, 100_000L, 1_000_000L, 10_000_000L));
                stages.removeIf(s -> s > sops);
                Map<String, Object> growth = new LinkedHashMap<>();
                for (long stage : stages) {
                    long seeded = seedOrders(orgs, done, stage);
                    done = stage;
                    logIn();
                    double[] latency = latency(300, 1000);
                    long databaseMiB = databaseMiB();
                    growth.put(Long.toString(stage), Map.of("p50Ms", latency[0], "p99Ms", latency[1],
                            "seedSeconds", seeded / 1e3, "databaseMiB", databaseMiB));
                    row("List of 50 by status over HTTP at " + String.format("%,d", stage) + " orders",
                            "p50 " + fmt(latency[0]) + " ms, p99 " + fmt(latency[1]) + " ms; database "
                                    + String.format("%,d", databaseMiB) + " MiB", "", "");
                }
                results.put("growth", growth);
                results.put("rssAfterWarmUpMiB", server.residentMiB());
                double readRate = readPath();
                results.put("rssUnderLoadMiB", rssUnderLoad);
                row("Resident memory of the server's JVM after warm-up / under the read load",
                        results.get("rssAfterWarmUpMiB") + " MiB", rssUnderLoad + " MiB", "");
                // Before the write path, which adds thousands of orders to the measured rooftop.
                leanMemory(readRate, rssUnderLoad);
                twoInstances(readRate);
                writePath();
                pageStatements("after the write path put thousands of newer orders of another status in the rooftop");
            }
            Path embedded = work.resolve("embedded").resolve("postgres");
            Map<String, String> onEmbedded = Map.of("SOPTRACK_DATA_DIR", embedded.toAbsolutePath().toString(),
                    "SOPTRACK_NOTIFY_JOBS", "false", "SOPTRACK_RETENTION_JOBS", "false");
            for (String when : List.of("first start: initdb and migrations", "later start")) {
                try (ServerProcess server = ServerProcess.start(onEmbedded, log)) {
                    startup("embedded PostgreSQL, " + when, server.startupMs());
                }
            }
        } finally {
            database.close();
            deleteTree(work.resolve("postgres"));
            deleteTree(work.resolve("embedded"));
        }
        write(out);
    }

    private void startup(String how, double ms) {
        row("Startup to first 200 of its own JVM (" + how + ")", fmt(ms) + " ms", "", "");
        startups.put(how, ms);
        results.put("startupMs", startups);
    }

    /** The server's environment on the benchmark's PostgreSQL, with its jobs off and no rate limit in the way. */
    private Map<String, String> onExternalDatabase() {
        return Map.of("DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
                "DATASOURCES_DEFAULT_USERNAME", "soptrack_app",
                "DATASOURCES_DEFAULT_PASSWORD", "bench",
                "SOPTRACK_DATABASE_OWNER_USERNAME", EmbeddedDatabase.OWNER,
                "SOPTRACK_DATABASE_OWNER_PASSWORD", "",
                "SOPTRACK_RATE_LIMIT_PER_MINUTE", "100000",
                "SOPTRACK_JWT_SECRET", JWT_SECRET,
                "SOPTRACK_NOTIFY_JOBS", "false",
                "SOPTRACK_RETENTION_JOBS", "false");
    }

    /**
     * The read path again, on a second server started with the options the README's commands use
     * ({@code server/jvm.options}; or each set of {@code bench.lean-options}, sets split by {@code |}) on the same
     * database and token: its resident memory under that load, and its rate against the rate and memory of the
     * server with the JVM's defaults under the same load just before.
     */
    private void leanMemory(double defaultRate, long defaultRss) throws Exception {
        String property = System.getProperty("bench.lean-options", "").trim();
        List<List<String>> sets = property.isEmpty() ? List.of(List.of("@" + jvmOptionsFile().toAbsolutePath()))
                : Arrays.stream(property.split("\\|")).map(set -> List.of(set.trim().split("\\s+"))).toList();
        ServerProcess defaults = server;
        URI defaultBase = base;
        List<Map<String, Object>> measured = new ArrayList<>();
        for (List<String> given : sets) {
            // NAME=value is for the environment (MALLOC_ARENA_MAX=2), the rest for the JVM.
            Map<String, String> environment = new HashMap<>(onExternalDatabase());
            given.stream().filter(o -> o.matches("[A-Z_]+=.*"))
                    .forEach(o -> environment.put(o.substring(0, o.indexOf('=')), o.substring(o.indexOf('=') + 1)));
            List<String> options = given.stream().filter(o -> !o.matches("[A-Z_]+=.*")).toList();
            try (ServerProcess lean = ServerProcess.start(environment, log, options)) {
                server = lean;
                base = lean.base();
                rssUnderLoad = 0;
                latency(300, 1000);
                double rate = steadyListRate();
                measured.add(Map.of("options", String.join(" ", given), "defaultRssUnderLoadMiB", defaultRss,
                        "rssUnderLoadMiB", rssUnderLoad, "defaultReadRequestsPerSecond", defaultRate,
                        "readRequestsPerSecond", rate, "readRatio", rate / defaultRate));
                row("Memory: resident under the read load with " + (property.isEmpty() ? "the README's JVM options"
                        : "`" + String.join(" ", given) + "`") + " vs the JVM's defaults; read rate with them / "
                        + "without", rssUnderLoad + " MiB", defaultRss + " MiB", fmt2(rate / defaultRate));
            } finally {
                server = defaults;
                base = defaultBase;
            }
        }
        results.put("memory", measured);
    }

    /** {@code server/jvm.options}, from the project's root or from the server module. */
    private static Path jvmOptionsFile() {
        Path fromRoot = Path.of("server", "jvm.options");
        return Files.exists(fromRoot) ? fromRoot : Path.of("jvm.options");
    }

    /**
     * The benchmark's PostgreSQL, restarted once with {@code pg_stat_statements} loaded so that the harness can count
     * the statements a request runs.
     */
    private static EmbeddedDatabase withStatementStatistics(Path directory) throws SQLException {
        EmbeddedDatabase first = EmbeddedDatabase.start(directory);
        int port = first.port();
        try (Connection c = first.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
        }
        first.close();
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, port);
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        return database;
    }

    private double readPath() throws Exception {
        List<String> statements = statementsPerList(200);
        double httpRate = steadyListRate();
        Path script = Files.createTempFile("soptrack-list", ".sql");
        Path everything = Files.createTempFile("soptrack-list-all", ".sql");
        try {
            Files.writeString(script, listScript(false));
            Files.writeString(everything, listScript(true));
            double appRole = pgbench(script, "soptrack_app");
            double owner = pgbench(script, EmbeddedDatabase.OWNER);
            double allStatements = pgbench(everything, "soptrack_app");
            results.put("readPath", Map.of("httpRequestsPerSecond", httpRate, "pgbenchTps", appRole,
                    "ratio", httpRate / appRole, "connections", connections, "seconds", seconds,
                    "warmUpSeconds", seconds, "statementsPerRequest", statements.size(), "statements", statements,
                    "pgbenchEveryStatementTps", allStatements, "ratioToEveryStatement", httpRate / allStatements));
            results.put("rls", Map.of("appRoleTps", appRole, "ownerTps", owner, "ratio", appRole / owner));
            row("Read: list of 50 over HTTP (wrk, " + connections
                            + " connections, after as long uncounted) vs pgbench (the page and history statements, "
                            + "app role)",
                    fmt(httpRate) + " req/s", fmt(appRole) + " tps", fmt2(httpRate / appRole));
            row("Read: the same vs pgbench running every statement the request runs (" + statements.size()
                            + " statements and COMMIT, which pg_stat_statements does not list)",
                    fmt(httpRate) + " req/s",
                    fmt(allStatements) + " tps", fmt2(httpRate / allStatements));
            row("RLS: app role under RLS vs owner with explicit filter (pgbench)", fmt(appRole) + " tps",
                    fmt(owner) + " tps", fmt2(appRole / owner));
            rlsPlans();
            pageStatements("with the orders spread evenly over statuses");
            peer(httpRate);
            return httpRate;
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(everything);
        }
    }

    /**
     * The statements one list request runs as the app role, counted by {@code pg_stat_statements} over
     * {@code requests} requests, each with its calls per request; printed, and returned one entry per call.
     */
    private List<String> statementsPerList(int requests) throws Exception {
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
            for (int i = 0; i < requests; i++) {
                list();
            }
            List<String> statements = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT calls, regexp_replace(query, '\\s+', ' ', 'g')"
                    + " FROM pg_stat_statements WHERE userid = 'soptrack_app'::regrole ORDER BY calls DESC, query")) {
                System.out.println("Statements per list request (pg_stat_statements over " + requests + "):");
                while (r.next()) {
                    double perRequest = r.getLong(1) / (double) requests;
                    String query = r.getString(2);
                    System.out.printf("  %.2f × %s%n", perRequest, query.length() > 150
                            ? query.substring(0, 150) + "…" : query);
                    for (long k = Math.round(perRequest); k > 0; k--) {
                        statements.add(query);
                    }
                }
            }
            return statements;
        }
    }

    /** The session of the owner's latest login, which the token names. */
    private String currentSession() throws SQLException {
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM sessions WHERE organization_id = '" + organization
                     + "' AND member_id = '" + owner + "' ORDER BY started_at DESC LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * Creating an order over HTTP vs pgbench running the statements that request runs (captured from the server,
     * {@code bench/create-order.sql}) in the same session, for the same rooftop and customer. Every create takes the
     * rooftop's next number, so both sides queue on the same counter row.
     */
    private void writePath() throws Exception {
        String customer = String.valueOf(object(send("POST", "/api/v1/customers", Map.of("name", "Carl Customer",
                "phone", "+12175550177", "email", "carl@example.com")), 201).get("id"));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("rooftopId", rooftop);
        order.put("customerId", customer);
        order.put("vehicle", Map.of("year", 2021, "make", "Toyota", "model", "Camry"));
        order.put("roNumber", "RO-W1");
        order.put("partNumber", "90915-YZZD1");
        order.put("description", "Oil filter");
        order.put("quantity", 2);
        order.put("vendor", "Toyota Parts Center");
        order.put("unitPrice", "12.50");
        double httpRate = wrk(base.resolve("/api/v1/sops"), "POST", json.writeValueAsString(order),
                Map.of("Authorization", "Bearer " + token));
        String session = currentSession();
        String statements;
        try (var in = Benchmarks.class.getResourceAsStream("/bench/create-order.sql")) {
            statements = new String(in.readAllBytes());
        }
        Map<String, String> values = Map.of("organization", organization, "session", session, "member", owner,
                "rooftop", rooftop, "customer", customer);
        for (Map.Entry<String, String> value : values.entrySet()) {
            statements = statements.replace("${" + value.getKey() + "}", value.getValue());
        }
        Path script = Files.createTempFile("soptrack-create", ".sql");
        try {
            Files.writeString(script, statements);
            double pg = pgbench(script, "soptrack_app");
            results.put("writePath", Map.of("httpRequestsPerSecond", httpRate, "pgbenchTps", pg,
                    "ratio", httpRate / pg));
            row("Write: create an order over HTTP (wrk, " + connections + " connections) vs pgbench (the statements "
                    + "it runs, app role)", fmt(httpRate) + " req/s", fmt(pg) + " tps", fmt2(httpRate / pg));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * The same list served by PostGraphile 4 ({@code server/bench/peer}, directory in {@code bench.peer}; skipped
     * without it) over the same database, table, policy and app role, checking the same access token; wrk on its
     * GraphQL query for the rooftop's 50 newest orders by status with their histories. Its answer is first compared
     * with ours: the same orders in the same order.
     */
    private void peer(double ours) throws Exception {
        String four = System.getProperty("bench.peer");
        if (four != null) {
            peer(ours, new Peer("4", "postgraphile", Path.of(four), "peer.js", "id", "ID_DESC"));
        }
        String five = System.getProperty("bench.peer5");
        if (five != null) {
            // PostGraphile 5 names a table's own id column rowId (id is its global node id).
            peer(ours, new Peer("5", "postgraphile5", Path.of(five), "peer.mjs", "rowId", "ROW_ID_DESC"));
        }
    }

    /**
     * One PostGraphile peer: its major version, its key in the JSON, its folder and script, the GraphQL name of the
     * {@code id} column and the order that breaks ties by it. Its Node.js is the folder's own
     * ({@code node_modules/.bin/node}, PostGraphile 5 needs Node 22) when it has one, else the one on the path.
     */
    private record Peer(String version, String key, Path directory, String script, String idField,
                        String idOrder) {
        String node() {
            Path own = directory.resolve("node_modules").resolve(".bin").resolve("node");
            return Files.isExecutable(own) ? own.toAbsolutePath().toString() : "node";
        }
    }

    private void peer(double ours, Peer peer) throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(peer.node(), peer.script()).directory(peer.directory().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("PEER_DATABASE_URL", "postgres://soptrack_app:bench@127.0.0.1:"
                + database.port() + "/postgres", "PEER_PORT", Integer.toString(port), "PEER_JWT_SECRET", JWT_SECRET));
        Process node = builder.start();
        try {
            URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
            String query = json.writeValueAsString(Map.of("query", "query { allSpecialOrders(condition: {rooftopId: \""
                    + rooftop + "\", status: \"" + STATUS + "\"}, orderBy: [CREATED_AT_DESC, " + peer.idOrder()
                    + "], first: 50) { nodes { " + fields("special_orders", peer.idField())
                    + " specialOrderTransitionsByOrganizationIdAndSpecialOrderId { nodes { "
                    + fields("special_order_transitions", peer.idField()) + " } } } } }"));
            HttpResponse<String> answer = null;
            for (int i = 0; i < 400 && answer == null; i++) {
                try {
                    answer = http.send(HttpRequest.newBuilder(graphql).POST(HttpRequest.BodyPublishers.ofString(query))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    if (!node.isAlive()) {
                        throw new IllegalStateException("The PostGraphile " + peer.version() + " peer exited; see "
                                + log);
                    }
                    Thread.sleep(50);
                }
            }
            List<Object> theirIds = ids(answer, peer.idField(), "data", "allSpecialOrders", "nodes");
            List<Object> ourIds = ids(send("GET", listPath(), null), "id", "items");
            if (theirIds.isEmpty() || !theirIds.equals(ourIds)) {
                throw new IllegalStateException("PostGraphile " + peer.version() + " answered other orders than "
                        + "soptrack:\n" + answer.body());
            }
            double theirs = steady(graphql, "POST", query, Map.of("Authorization", "Bearer " + token));
            results.put("peer" + (peer.version().equals("4") ? "" : peer.version()), Map.of(
                    "soptrackRequestsPerSecond", ours, "postgraphileRequestsPerSecond", theirs,
                    "ratio", ours / theirs, "postgraphile", version(peer)));
            row("Peer: the same list over HTTP, soptrack vs PostGraphile " + peer.version() + " (same table, policy "
                    + "and app role; wrk, " + connections + " connections)", fmt(ours) + " req/s",
                    fmt(theirs) + " req/s", fmt2(ours / theirs));
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    /** The installed PostGraphile's version, from its package.json. */
    @SuppressWarnings("unchecked")
    private String version(Peer peer) throws IOException {
        Path manifest = peer.directory().resolve("node_modules").resolve("postgraphile").resolve("package.json");
        return String.valueOf(json.readValue(Files.readAllBytes(manifest), Map.class).get("version"));
    }

    /** The GraphQL names (camelCase) of a table's columns, as PostGraphile derives them; {@code id} as given. */
    private String fields(String table, String idField) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                     + " 'public' AND table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (r.next()) {
                names.add(r.getString(1).equals("id") ? idField
                        : Pattern.compile("_([a-z0-9])").matcher(r.getString(1))
                                .replaceAll(m -> m.group(1).toUpperCase()));
            }
        }
        return String.join(" ", names);
    }

    @SuppressWarnings("unchecked")
    private List<Object> ids(HttpResponse<String> response, String idField, String... path) throws IOException {
        Object node = json.readValue(response.body(), Map.class);
        for (String key : path) {
            if (!(node instanceof Map)) {
                throw new IllegalStateException("No " + key + " in " + response.body());
            }
            node = ((Map<String, Object>) node).get(key);
        }
        if (!(node instanceof List)) {
            throw new IllegalStateException("No list in " + response.body());
        }
        return ((List<Map<String, Object>>) node).stream().map(item -> item.get(idField)).toList();
    }

    /**
     * The adapter's page query and history query ({@code PostgresSpecialOrderRepository.SEARCH} and
     * {@code HISTORIES}), with the values a request for this rooftop binds, the 50 ids of the page included, after
     * the transaction-local tenant setting (which the owner, who bypasses the policy, runs too: the RLS ratio is the
     * policy's own cost).
     */
    /** A page of the rooftop's orders in one status as the catch-all query served it before it had its own. */
    private String catchAllPage() {
        return "SELECT * FROM special_orders WHERE organization_id = '" + organization + "'"
                + " AND (false OR rooftop_id = ANY ('{" + rooftop + "}'::uuid[]))"
                + " AND (cardinality('{" + STATUS + "}'::text[]) = 0 OR status = ANY ('{" + STATUS + "}'::text[]))"
                + " AND (CAST(NULL AS text) IS NULL OR ro_number = NULL)"
                + " AND (CAST(NULL AS bigint) IS NULL OR sop_number = NULL)"
                + " AND (CAST(NULL AS uuid) IS NULL OR customer_id = NULL)"
                + " AND (CAST(NULL AS text) IS NULL OR part_number = NULL)"
                + " AND (CAST(NULL AS timestamptz) IS NULL OR received_at < NULL)"
                + " AND (CAST(NULL AS timestamptz) IS NULL OR (created_at, id) < (NULL, NULL))"
                + " ORDER BY created_at DESC, id DESC LIMIT 51";
    }

    /**
     * pgbench on the page statement alone, as the app role: {@code PostgresSpecialOrderRepository.BY_STATUS} against
     * the catch-all {@code SEARCH} that served this list before. {@code when} names the data's state.
     */
    /**
     * The page statement's plan as the app role under Row-Level Security and as the owner, who bypasses it:
     * {@code EXPLAIN (ANALYZE, BUFFERS)}, warm (the third of three runs), printed and kept in the JSON.
     */
    private void rlsPlans() throws Exception {
        String[] script = listScript(false).split("\n");
        String page = script[PAGE_LINE];
        String histories = script[HISTORIES_LINE];
        Map<String, Object> plans = new LinkedHashMap<>();
        try (Connection app = java.sql.DriverManager.getConnection(database.jdbcUrl(), "soptrack_app", "bench");
             Connection owner = database.ownerDataSource().getConnection()) {
            plans.put("appRole", plan(app, page));
            plans.put("owner", plan(owner, page));
            plans.put("historiesAppRole", plan(app, histories));
            plans.put("historiesOwner", plan(owner, histories));
        }
        results.put("rlsPlans", plans);
        plans.forEach((key, plan) -> System.out.printf("Plan of the %s statement as %s:%n%s%n",
                key.startsWith("histories") ? "history" : "page", key.replace("histories", ""), plan));
    }

    private String plan(Connection c, String statement) throws SQLException {
        c.setAutoCommit(false);
        String text = "";
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('app.tenant_id', '" + organization + "', true)");
            for (int run = 0; run < 3; run++) {
                StringBuilder lines = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + statement)) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                text = lines.toString();
            }
        } finally {
            c.rollback();
        }
        return text;
    }

    private void pageStatements(String when) throws Exception {
        Map<String, Object> measured = new LinkedHashMap<>();
        for (boolean catchAll : List.of(true, false)) {
            Path script = Files.createTempFile("soptrack-page", ".sql");
            try {
                String page = catchAll ? catchAllPage() : pageStatement();
                Files.writeString(script, "BEGIN;\nSELECT set_config('app.tenant_id', '" + organization
                        + "', true);\n" + page + (page.endsWith(";") ? "" : ";") + "\nCOMMIT;\n");
                measured.put(catchAll ? "catchAllTps" : "byStatusTps", pgbench(script, "soptrack_app"));
            } finally {
                Files.deleteIfExists(script);
            }
        }
        double ratio = (double) measured.get("byStatusTps") / (double) measured.get("catchAllTps");
        measured.put("ratio", ratio);
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) results.computeIfAbsent("pageStatement",
                k -> new LinkedHashMap<String, Object>());
        all.put(when, measured);
        row("Page statement (pgbench, app role) " + when + ": by rooftop and status vs the catch-all query",
                fmt((double) measured.get("byStatusTps")) + " tps", fmt((double) measured.get("catchAllTps"))
                        + " tps", fmt2(ratio));
    }

    /** The page statement of {@link #listScript}, with the values one request binds. */
    private String pageStatement() throws Exception {
        return listScript(false).split("\n")[PAGE_LINE];
    }

    /** Where {@code listScript(false)} has the page and the history statements, after BEGIN and the tenant setting. */
    private static final int PAGE_LINE = 2;
    private static final int HISTORIES_LINE = 3;

    private String listScript(boolean everyStatement) throws Exception {
        List<Object> ids = ids(send("GET", listPath(), null), "id", "items");
        String page = "SELECT o.* FROM rooftops r"
                + " CROSS JOIN unnest(CAST('{" + STATUS + "}' AS text[])) AS wanted(status)"
                + " CROSS JOIN LATERAL (SELECT * FROM special_orders"
                + " WHERE organization_id = r.organization_id AND rooftop_id = r.id AND status = wanted.status"
                + " AND (created_at, id) < (coalesce(CAST(NULL AS timestamptz), 'infinity'),"
                + " coalesce(CAST(NULL AS uuid), 'ffffffff-ffff-ffff-ffff-ffffffffffff'))"
                + " AND (CAST(NULL AS timestamptz) IS NULL OR received_at < NULL)"
                + " ORDER BY created_at DESC, id DESC LIMIT 51) o"
                + " WHERE r.organization_id = '" + organization + "' AND (false OR r.id = ANY ('{" + rooftop
                + "}'::uuid[])) ORDER BY o.created_at DESC, o.id DESC LIMIT 51";
        String histories = "SELECT * FROM special_order_transitions WHERE organization_id = '" + organization
                + "' AND special_order_id = ANY ('{"
                + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                + "}'::uuid[]) ORDER BY special_order_id, seq";
        String checks = "";
        if (everyStatement) {
            // The access check: the token's session, then its member (MemberRows.SELECT and SessionRows).
            checks = "SELECT * FROM sessions WHERE organization_id = '" + organization + "' AND id = '"
                    + currentSession() + "';\n"
                    + "SELECT organization_id, id, email, display_name, role, all_rooftops,"
                    + " CAST(rooftop_ids AS text[]) AS rooftop_ids, status, joined_at, removed_at, last_sign_in_at,"
                    + " deletion_requested_at, version FROM members WHERE organization_id = '" + organization
                    + "' AND id = '" + owner + "';\n";
        }
        return "BEGIN;\n"
                + "SELECT set_config('app.tenant_id', '" + organization + "', true);\n"
                + checks + page + ";\n" + histories + ";\nCOMMIT;\n";
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

    /** The databases are large (gigabytes at 10M orders); only the server's output is kept. */
    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
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

    /** One rooftop's list of 50 orders of the measured status, as every benchmark of the list requests it. */
    private String listPath() {
        return LIST + rooftop + "&status=" + STATUS + "&limit=50";
    }

    /** The steady rate of that list on the current server, with the member's token. */
    private double steadyListRate() throws Exception {
        return steady(base.resolve(listPath()), "GET", null, Map.of("Authorization", "Bearer " + token));
    }

    /**
     * As {@link #wrk}, after one whole run of it (warm-up and all) that is not counted: the rate of a server whose
     * JIT has finished with the request (C2 gets there later than C1 alone, Node's JIT later still), as it serves all
     * day.
     */
    private double steady(URI url, String method, String body, Map<String, String> headers) throws Exception {
        wrk(url, method, body, headers);
        return wrk(url, method, body, headers);
    }

    /**
     * Requests per second of {@code method} {@code url} with {@code connections} connections of wrk (a C load
     * generator, so the JVM under test does not also pay for the client), after a warm-up of a third as long. Fails
     * if any answer was not 2xx. Samples the server's resident memory half-way.
     */
    private double wrk(URI url, String method, String body, Map<String, String> headers) throws Exception {
        Path script = Files.createTempFile("soptrack-wrk", ".lua");
        try {
            StringBuilder lua = new StringBuilder("wrk.method = \"" + method + "\"\n");
            if (body != null) {
                lua.append("wrk.body = [==[").append(body).append("]==]\n");
                lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
            }
            headers.forEach((name, value) -> lua.append("wrk.headers[\"").append(name).append("\"] = \"")
                    .append(value).append("\"\n"));
            Files.writeString(script, lua);
            List<String> command = new ArrayList<>(List.of(System.getProperty("bench.wrk", "wrk"), "-t", "2", "-c",
                    Integer.toString(connections), "-d", Math.max(3, seconds / 3) + "s", "-s", script.toString(),
                    url.toString()));
            run(command);
            command.set(6, seconds + "s");
            Thread sampler = new Thread(() -> {
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
                    rssUnderLoad = Math.max(rssUnderLoad, server.residentMiB());
                } catch (InterruptedException | IOException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sampler.start();
            String output = run(command);
            sampler.join();
            return rate(output);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** The requests per second wrk printed; fails if any answer was not 2xx. */
    private static double rate(String output) {
        if (output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException("wrk saw failures:\n" + output);
        }
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate:\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }

    /**
     * R-OPS-5 under load: a second server (the JVM's defaults, as the first) on the same database, and the list
     * requested through both at once, half of the connections on each, after a warm-up of the second; the sum
     * against the one server's rate measured before.
     */
    private void twoInstances(double oneRate) throws Exception {
        String path = listPath();
        Path script = Files.createTempFile("soptrack-wrk", ".lua");
        try (ServerProcess second = ServerProcess.start(onExternalDatabase(), log)) {
            Files.writeString(script, "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n");
            int half = Math.max(1, connections / 2);
            Function<URI, List<String>> load = target -> List.of(System.getProperty("bench.wrk", "wrk"), "-t", "1",
                    "-c", Integer.toString(half), "-d", seconds + "s", "-s", script.toString(),
                    target.resolve(path).toString());
            rate(run(load.apply(second.base())));
            CompletableFuture<Double> first = CompletableFuture.supplyAsync(() -> rateOf(load.apply(base)));
            CompletableFuture<Double> other = CompletableFuture.supplyAsync(() -> rateOf(load.apply(second.base())));
            double combined = first.join() + other.join();
            results.put("twoInstances", Map.of("combinedRequestsPerSecond", combined,
                    "oneInstanceRequestsPerSecond", oneRate, "ratio", combined / oneRate,
                    "connectionsEach", half, "seconds", seconds));
            row("Two instances on one database: the list through both at once (wrk, " + half + " connections each) "
                    + "vs one instance (" + connections + " connections)", fmt(combined) + " req/s",
                    fmt(oneRate) + " req/s", fmt2(combined / oneRate));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static double rateOf(List<String> command) {
        try {
            return rate(run(command));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        HttpResponse<String> response = send("GET", listPath(), null);
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

    /** The measured organization: signed up over the API, with two more rooftops, its owner logged in. */
    private void signUp() throws Exception {
        Map<String, Object> signedUp = object(send("POST", "/api/v1/signup", Map.of("organizationName", "Measured Motors",
                "rooftop", Map.of("name", "Main Street Toyota", "brand", "Toyota", "city", "Springfield",
                        "stateCode", "IL"), "ownerEmail", "owner@measured.example", "ownerName", "Olive Owner",
                "ownerPassword", PASSWORD)), 201);
        organization = String.valueOf(signedUp.get("organizationId"));
        rooftop = String.valueOf(signedUp.get("rooftopId"));
        owner = String.valueOf(signedUp.get("ownerId"));
        logIn();
        for (String name : List.of("Second Street Lexus", "Third Street Scion")) {
            object(send("POST", "/api/v1/rooftops", Map.of("name", name, "brand", "Toyota", "city", "Springfield",
                    "stateCode", "IL")), 201);
        }
    }

    /** A fresh access token for the owner (a long seed outlives one), in a new session. */
    private void logIn() throws Exception {
        token = String.valueOf(object(send("POST", "/api/v1/auth/login", Map.of("organizationId", organization,
                "email", "owner@measured.example", "password", PASSWORD)), 200).get("accessToken"));
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
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
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
