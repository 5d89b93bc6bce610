package org.soptrack.server.bench;

import static org.soptrack.server.bench.BenchClient.fmt;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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


    private BenchClient client;

    public static void main(String[] args) throws Exception {
        new SearchBenchmark().run(Long.getLong("bench.sops", 1_000_000L),
                Integer.getInteger("bench.customers", 100_000));
    }

    private void run(long sops, int customers) throws Exception {
        BenchSeed.inFreshFolder(directory -> measure(directory, sops, customers));
    }

    private void measure(Path directory, long sops, int customers) throws Exception {
        try (EmbeddedServer server = BenchSeed.server(directory)) {
            client = new BenchClient(server.getURI());
            String url = server.getApplicationContext().getProperty("datasources.default.url", String.class)
                    .orElseThrow();
            Map<String, Object> measured = client.signUp("owner@measured.example", "Measured Motors");
            Map<String, Object> other = client.signUp("owner@other.example", "Other Group");
            String org = String.valueOf(measured.get("organizationId"));
            String rooftop = String.valueOf(measured.get("rooftopId"));
            client.token = client.logIn("owner@measured.example");
            for (String name : List.of("Second Street Lexus", "Third Street Scion")) {
                client.expect(client.send("POST", "/api/v1/rooftops", Map.of("name", name, "brand", "Toyota", "city",
                        "Springfield", "stateCode", "IL")), 201);
            }
            long started = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                BenchSeed.seed(s, org, customers, sops * 9 / 10);
                BenchSeed.seed(s, String.valueOf(other.get("organizationId")), customers / 10, sops / 10);
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
                client.latency(all);
                client.latency(List.of(list));
            }
            double[] baseline = client.latency(List.of(list));
            List<String[]> rows = new ArrayList<>();
            Map<String, Object> byKind = new LinkedHashMap<>();
            kinds.forEach((kind, typed) -> {
                List<String> paths = typed.stream().map(SearchBenchmark::searchPath).toList();
                try {
                    double[] l = client.latency(paths);
                    rows.add(new String[] {kind, fmt(l[0]), fmt(l[1]), fmt(l[0] / baseline[0])});
                    byKind.put(kind, BenchSeed.latency(l, baseline));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            double[] mixed = client.latency(all);

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
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("sops", sops);
            results.put("searchingOrganizationSops", sops * 9 / 10);
            results.put("customers", customers + customers / 10);
            results.put("seedSeconds", seedSeconds);
            results.put("baseline", BenchSeed.latency(baseline, baseline));
            results.put("kinds", byKind);
            results.put("mixed", BenchSeed.latency(mixed, baseline));
            BenchSeed.writeResults("search.json", results);
        }
    }

    /** A VIN as the seed writes it for order {@code g}: 17 characters a VIN may hold. */
    private static String vin(long g) {
        return "JT" + String.format("%015d", g * 7919 % 1_000_000_000_000_000L).toUpperCase();
    }

    private static String searchPath(String typed) {
        return "/api/v1/search?limit=20&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
    }

}
