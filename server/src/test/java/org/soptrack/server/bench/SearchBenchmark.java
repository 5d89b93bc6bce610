package org.soptrack.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one search box at scale (R-SOP-9): p50 and p99 of {@code GET /api/v1/search} over HTTP, by kind of query, on a
 * database of {@code bench.sops} special orders (1,000,000), nine in ten of them in the searching organization's three
 * rooftops (the biggest dealer group the goal speaks of) and the rest in another, with {@code bench.customers}
 * (100,000) customers of varied, partly accented names. The baseline, measured in the same run on the same data, is
 * the newest-first list of a rooftop's orders ({@code GET /api/v1/sops?rooftopId=…&limit=20}), the busiest read there
 * is. Prints a Markdown table. The database is deleted afterwards unless {@code bench.keep} is true. Not part of
 * {@code mvn verify}:
 * <pre>mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.server.bench.SearchBenchmark [-Dbench.sops=1000000]</pre>
 */
public final class SearchBenchmark {

    private static final String PASSWORD = "bench plum tractor harbour";
    private static final int WARM_UP = 30;
    private static final int MEASURED = 300;

    private static final String FIRST = "ARRAY['James','Mary','José','Zoë','Renée','Björn','Chloé','Li','Ana','Ömer',"
            + "'Noah','Emma','Liam','Olivia','Mateo','Sofía','Lucas','Amélie','Ethan','Léa']";
    private static final String LAST = "ARRAY['Smith','Johnson','Müller','García','Lindqvist','Nguyen','Dubois','Kowalski',"
            + "'O''Brien','Peña','Rossi','Schäfer','Haddad','Tanaka','Okafor','Novák','Brown','Davis','Martínez',"
            + "'Łopez','Wilson','Anderson','Thomas','Jackson','White','Harris','Clark','Lewis','Young','King']";
    private static final String PARTS = "ARRAY['Alternator assembly','Brake pad set, front','Brake rotor','Cabin air filter',"
            + "'Oil filter','Side mirror, heated','Headlamp assembly','Water pump','Timing belt kit','Radiator',"
            + "'Fuel pump module','Oxygen sensor','Ignition coil','Wiper blade set','Door handle, exterior',"
            + "'Bumper cover, rear','Grille assembly','Starter motor','AC compressor','Catalytic converter',"
            + "'Spark plug','Serpentine belt','Thermostat housing','Wheel bearing hub','Control arm, lower',"
            + "'Tie rod end','Strut assembly','Tail lamp, left','Window regulator','Key fob transmitter']";
    private static final String VENDORS = "ARRAY['Toyota Parts Center','Keystone Automotive','LKQ Corporation',"
            + "'Genuine Parts Co','Denso Direct','Bosch Service','Motorcraft Depot','ACDelco Supply',"
            + "'Mopar Express','Honda Parts Hub']";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.createDefault();
    private URI base;
    private String token;

    public static void main(String[] args) throws Exception {
        new SearchBenchmark().run(Long.getLong("bench.sops", 1_000_000L),
                Integer.getInteger("bench.customers", 100_000));
    }

    private void run(long sops, int customers) throws Exception {
        Path directory = Path.of("target", "bench-postgres", UUID.randomUUID().toString());
        try {
            measure(directory, sops, customers);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                deleteTree(directory.getParent());
            }
        }
    }

    /** The database is large (about a gigabyte at a million orders): it goes when the run ends. */
    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private void measure(Path directory, long sops, int customers) throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", "-1",
                "soptrack.database.embedded-directory", directory.toString(),
                "soptrack.rate-limit.public-per-minute", "100000",
                "soptrack.notify.jobs-enabled", "false",
                "soptrack.retention.jobs-enabled", "false"))) {
            base = server.getURI();
            String url = server.getApplicationContext().getProperty("datasources.default.url", String.class)
                    .orElseThrow();
            Map<String, Object> measured = signUp("owner@measured.example", "Measured Motors");
            Map<String, Object> other = signUp("owner@other.example", "Other Group");
            String org = String.valueOf(measured.get("organizationId"));
            String rooftop = String.valueOf(measured.get("rooftopId"));
            token = logIn("owner@measured.example");
            for (String name : List.of("Second Street Lexus", "Third Street Scion")) {
                expect(send("POST", "/api/v1/rooftops", Map.of("name", name, "brand", "Toyota", "city",
                        "Springfield", "stateCode", "IL")), 201);
            }
            long started = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                seed(s, org, customers, sops * 9 / 10);
                seed(s, String.valueOf(other.get("organizationId")), customers / 10, sops / 10);
                // As autovacuum keeps a live database: statistics, and the GIN indexes' pending entries merged.
                s.execute("VACUUM ANALYZE");
            }
            double seedSeconds = (System.nanoTime() - started) / 1e9;

            Map<String, List<String>> kinds = new LinkedHashMap<>();
            kinds.put("customer surname", List.of("lindqvist", "kowalski", "okafor", "haddad"));
            kinds.put("name without its accents", List.of("muller", "pena", "schafer", "lopez"));
            kinds.put("phone digits, formatted", List.of("(415) 555-0123", "312.555.0178", "555 0142", "+1 646 5550"));
            kinds.put("e-mail", List.of("c12345@", "c777@dealer", "c4242@gmail.test", "c90001@yahoo"));
            kinds.put("RO number", List.of("RO-354321", "RO-100777", "ro-245678", "RO-512345"));
            kinds.put("SOP number", List.of("123456", "4821", "77777", "250000"));
            kinds.put("part number fragment", List.of("TY-04521", "BK-1234", "HN-0077", "MP-3141"));
            kinds.put("VIN, last 8", List.of(vin(4242).substring(9), vin(99999).substring(9),
                    vin(555555).substring(9), vin(123).substring(9)));
            kinds.put("description word (thousands match)", List.of("alternator", "catalytic", "wiper", "thermostat"));
            kinds.put("vendor (a tenth of all orders)", List.of("keystone", "denso", "mopar", "motorcraft"));

            List<String> all = kinds.values().stream().flatMap(List::stream).map(SearchBenchmark::searchPath).toList();
            String list = "/api/v1/sops?rooftopId=" + rooftop + "&limit=20";
            if (Boolean.getBoolean("bench.seed-only")) {
                return;
            }
            // The JIT compiles the server's paths first, so that the first kind measured pays no more than the last.
            for (int i = 0; i < 3; i++) {
                latency(all);
                latency(List.of(list));
            }
            double[] baseline = latency(List.of(list));
            List<String[]> rows = new ArrayList<>();
            kinds.forEach((kind, typed) -> {
                List<String> paths = typed.stream().map(SearchBenchmark::searchPath).toList();
                try {
                    double[] l = latency(paths);
                    rows.add(new String[] {kind, fmt(l[0]), fmt(l[1]), fmt(l[0] / baseline[0])});
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            double[] mixed = latency(all);

            System.out.printf("%n%,d special orders (%,d in the searching organization), %,d customers; seeded in %.0f s%n%n",
                    sops, sops * 9 / 10, customers + customers / 10, seedSeconds);
            System.out.println("| query | p50 ms | p99 ms | p50 / baseline p50 |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| baseline: newest 20 orders of a rooftop | %s | %s | 1.00 |%n", fmt(baseline[0]),
                    fmt(baseline[1]));
            for (String[] row : rows) {
                System.out.printf("| search: %s | %s | %s | %s |%n", (Object[]) row);
            }
            System.out.printf("| search: all of the above, mixed | %s | %s | %s |%n", fmt(mixed[0]), fmt(mixed[1]),
                    fmt(mixed[0] / baseline[0]));
        }
    }

    /** A VIN as the seed writes it for order {@code g}: 17 characters a VIN may hold. */
    private static String vin(long g) {
        return "JT" + String.format("%015d", g * 7919 % 1_000_000_000_000_000L).toUpperCase();
    }

    private static String searchPath(String typed) {
        return "/api/v1/search?limit=20&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

    /** Customers and orders of one organization, spread over its rooftops, each order with its first history row. */
    private static void seed(Statement s, String org, int customers, long orders) throws Exception {
        s.execute("INSERT INTO customers (organization_id, id, name, phone, email, may_call, may_sms, may_email,"
                + " opted_out, created_at, version)"
                + " SELECT '" + org + "', gen_random_uuid(),"
                + " (" + FIRST + ")[1 + g % 20] || ' ' || (" + LAST + ")[1 + (g / 20) % 30]"
                + " || CASE WHEN g % 5 = 0 THEN '-' || (" + LAST + ")[1 + (g / 7) % 30] ELSE '' END,"
                + " '+1' || (ARRAY['415','312','646','217','503','702'])[1 + g % 6] || '555' || lpad((g % 10000)::text, 4, '0'),"
                + " 'c' || g || '@' || (ARRAY['gmail.test','yahoo.test','dealer.test'])[1 + g % 3],"
                + " true, true, true, false, now() - g * interval '1 minute', 0"
                + " FROM generate_series(1, " + customers + ") g");
        s.execute("INSERT INTO special_orders (organization_id, id, rooftop_id, sop_number, customer_id,"
                + " vehicle_year, vehicle_make, vehicle_model, vehicle_vin, ro_number, part_number, description,"
                + " quantity, vendor, unit_price, non_returnable, notes, status, created_by_kind, created_by_id,"
                + " created_at, updated_at, version)"
                + " SELECT r.organization_id, gen_random_uuid(), r.ids[1 + g % cardinality(r.ids)], g, cs.ids[1 + g % cardinality(cs.ids)],"
                + " 2015 + g % 10, 'Toyota', 'Camry', 'JT' || lpad((g::bigint * 7919 % 1000000000000000)::text, 15, '0'),"
                + " 'RO-' || (100000 + g / 2), (ARRAY['TY','BK','HN','MP','DN','LX'])[1 + g % 6] || '-'"
                + " || lpad((g * 31 % 100000)::text, 5, '0'), (" + PARTS + ")[1 + g % 30], 1 + g % 3,"
                + " (" + VENDORS + ")[1 + g % 10], 10 + g % 500, false, '',"
                + " (ARRAY['REQUESTED','ORDERED','BACKORDERED','RECEIVED','COMPLETED'])[1 + g % 5],"
                + " 'SYSTEM', r.organization_id, now() - g * interval '10 seconds', now(), 0"
                + " FROM (SELECT organization_id, array_agg(id ORDER BY id) AS ids FROM rooftops"
                + " WHERE organization_id = '" + org + "' GROUP BY organization_id) r"
                + " JOIN (SELECT organization_id, array_agg(id) AS ids FROM customers"
                + " WHERE organization_id = '" + org + "' GROUP BY organization_id) cs USING (organization_id)"
                + " CROSS JOIN generate_series(1, " + orders + ") g");
        s.execute("INSERT INTO special_order_transitions (organization_id, special_order_id, seq, from_status,"
                + " to_status, actor_kind, actor_id, at)"
                + " SELECT organization_id, id, 1, 'REQUESTED', status, 'SYSTEM', organization_id, created_at"
                + " FROM special_orders WHERE organization_id = '" + org + "' AND status <> 'REQUESTED'");
    }

    /** p50 and p99 in ms of sequential requests over {@code paths} in turn, after a warm-up. */
    private double[] latency(List<String> paths) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            expect(send("GET", paths.get(i % paths.size()), null), 200);
        }
        double[] ms = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            expect(send("GET", paths.get(i % paths.size()), null), 200);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[MEASURED / 2], ms[(int) Math.ceil(MEASURED * 0.99) - 1]};
    }

    private Map<String, Object> signUp(String email, String name) throws Exception {
        return expect(send("POST", "/api/v1/signup", Map.of("organizationName", name, "rooftop", Map.of("name",
                "Main Street Toyota", "brand", "Toyota", "city", "Springfield", "stateCode", "IL"),
                "ownerEmail", email, "ownerName", "Olive Owner", "ownerPassword", PASSWORD)), 201);
    }

    private String logIn(String email) throws Exception {
        return String.valueOf(expect(send("POST", "/api/v1/auth/login", Map.of("email", email, "password",
                PASSWORD)), 200).get("accessToken"));
    }

    private HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> expect(HttpResponse<String> response, int status) throws Exception {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? Map.of() : json.readValue(response.body(), Map.class);
    }

    private static String fmt(double value) {
        return String.format("%.2f", value);
    }
}
