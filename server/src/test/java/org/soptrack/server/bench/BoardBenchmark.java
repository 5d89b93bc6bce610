package org.soptrack.server.bench;

import static org.soptrack.server.bench.BenchClient.fmt;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts board at scale (R-WEB-4): p50 and p99 of the staff application's board page over HTTP, signed in with the
 * web session cookie, for one rooftop of a database of {@code bench.sops} special orders (1,000,000), nine in ten in
 * the measured organization's three rooftops (about 300,000 at the rooftop shown) and the rest in another. The
 * baseline, in the same run on the same data, is the API's newest-20 list of that rooftop. Measured: the board (counts
 * by status), the board with one status's orders listed, and the part htmx reloads when the live board hears of a
 * change. Prints a Markdown table; the database is deleted afterwards unless {@code bench.keep} is true. Not part of
 * {@code mvn verify}:
 * <pre>mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.server.bench.BoardBenchmark [-Dbench.sops=1000000]</pre>
 */
public final class BoardBenchmark {

    public static void main(String[] args) throws Exception {
        long sops = Long.getLong("bench.sops", 1_000_000L);
        int customers = Integer.getInteger("bench.customers", 100_000);
        BenchSeed.inFreshFolder(directory -> new BoardBenchmark().measure(directory, sops, customers));
    }

    private void measure(Path directory, long sops, int customers) throws Exception {
        try (EmbeddedServer server = BenchSeed.server(directory)) {
            BenchClient api = new BenchClient(server.getURI());
            String url = server.getApplicationContext().getProperty("datasources.default.url", String.class)
                    .orElseThrow();
            Map<String, Object> measured = api.signUp("owner@board.example", "Board Motors");
            Map<String, Object> other = api.signUp("owner@other.example", "Other Group");
            String rooftop = String.valueOf(measured.get("rooftopId"));
            api.token = api.logIn("owner@board.example");
            for (String name : List.of("Second Street Lexus", "Third Street Scion")) {
                api.expect(api.send("POST", "/api/v1/rooftops", Map.of("name", name, "brand", "Toyota", "city",
                        "Springfield", "stateCode", "IL")), 201);
            }
            long started = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
                BenchSeed.seed(s, String.valueOf(measured.get("organizationId")), customers, sops * 9 / 10);
                BenchSeed.seed(s, String.valueOf(other.get("organizationId")), customers / 10, sops / 10);
                s.execute("VACUUM ANALYZE");
            }
            double seedSeconds = (System.nanoTime() - started) / 1e9;

            BenchClient web = new BenchClient(server.getURI());
            web.cookies = webSession(server.getURI(), "owner@board.example");
            String list = "/api/v1/sops?rooftopId=" + rooftop + "&limit=20";
            String board = "/board?rooftop=" + rooftop;
            String received = board + "&status=RECEIVED";
            for (int i = 0; i < 3; i++) {
                api.latency(List.of(list));
                web.latency(List.of(board, received));
            }
            double[] baseline = api.latency(List.of(list));
            double[] counts = web.latency(List.of(board));
            double[] listed = web.latency(List.of(received));
            web.extraHeader = Map.entry("HX-Request", "true");
            double[] partial = web.latency(List.of(received));

            System.out.printf("%n%,d special orders (%,d in the measured organization's 3 rooftops); seeded in %.0f s%n%n",
                    sops, sops * 9 / 10, seedSeconds);
            System.out.println("| page | p50 ms | p99 ms | p50 / baseline p50 |");
            System.out.println("|---|---|---|---|");
            row("baseline: API, newest 20 orders of the rooftop", baseline, baseline);
            row("board: counts by status", counts, baseline);
            row("board: counts and the 50 newest received orders", listed, baseline);
            row("board: the part the live board reloads (htmx)", partial, baseline);
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("sops", sops);
            results.put("measuredOrganizationSops", sops * 9 / 10);
            results.put("seedSeconds", seedSeconds);
            results.put("baseline", BenchSeed.latency(baseline, baseline));
            results.put("boardCounts", BenchSeed.latency(counts, baseline));
            results.put("boardCountsAndList", BenchSeed.latency(listed, baseline));
            results.put("boardLiveReload", BenchSeed.latency(partial, baseline));
            BenchSeed.writeResults("board.json", results);
        }
    }

    private static void row(String what, double[] measured, double[] baseline) {
        System.out.printf("| %s | %s | %s | %s |%n", what, fmt(measured[0]), fmt(measured[1]),
                fmt(measured[0] / baseline[0]));
    }

    /** Signs in through the sign-in page as a browser does; answers the cookies the session lives in. */
    private static String webSession(URI base, String email) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(page, "soptrack_csrf");
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!field.find()) {
            throw new IllegalStateException("No form token on the sign-in page");
        }
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(BenchClient.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + field.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceAll("/$", ""))
                .header("Cookie", "soptrack_csrf=" + csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return "soptrack_csrf=" + csrfCookie + "; soptrack_session=" + cookie(signedIn, "soptrack_session");
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + name + " cookie: "
                        + response.statusCode()));
    }
}
