package org.soptrack.server.bench;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of docs/performance.md between {@code <!-- bench-results -->} and {@code <!-- /bench-results -->},
 * written from the benchmarks' JSON files in {@code server/bench/results} (their stable keys), so the page says what the
 * last runs measured and nothing else. {@code server/bench/run.sh} runs {@link #main} after the benchmarks;
 * {@code ResultsTableTest} fails when the page and the files disagree. A file that is missing leaves its rows out.
 */
public final class ResultsTable {

    static final String START = "<!-- bench-results -->\n";
    static final String END = "<!-- /bench-results -->";

    private final Path results;
    private final JsonMapper json = JsonMapper.createDefault();
    private final List<String> rows = new ArrayList<>();

    ResultsTable(Path results) {
        this.results = results;
    }

    /** {@code args[0]}: the results folder (default {@code server/bench/results}); {@code args[1]}: the page. */
    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "server/bench/results");
        Path page = Path.of(args.length > 1 ? args[1] : "docs/performance.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, replace(text, new ResultsTable(results).markdown()), StandardCharsets.UTF_8);
        System.out.println("Wrote the results table of " + page);
    }

    /** {@code page} with its results block holding {@code table}. */
    static String replace(String page, String table) {
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("The page has no " + START.strip() + " … " + END + " block");
        }
        return page.substring(0, start + START.length()) + table + page.substring(end);
    }

    /** The block's content: the machine and time of each file, then one row per figure. */
    String markdown() throws IOException {
        rows.clear();
        StringBuilder out = new StringBuilder();
        Optional<Map<String, Object>> read = file("read-path.json");
        Optional<Map<String, Object>> outbox = file("outbox.json");
        Optional<Map<String, Object>> sweep = file("retention-sweep.json");
        Optional<Map<String, Object>> startup = file("startup.json");
        Optional<Map<String, Object>> board = file("board.json");
        Optional<Map<String, Object>> search = file("search.json");
        read.map(r -> map(r, "machine")).ifPresent(m -> out.append("From `server/bench/results/*.json`; `read-path.json`: ")
                .append(m.get("cores")).append(" cores, ").append(m.get("memoryGiB")).append(" GiB, JDK ")
                .append(m.get("jdk")).append(", PostgreSQL ").append(m.get("postgresql")).append(", ")
                .append(String.valueOf(m.get("at")), 0, 10).append(".\n\n"));
        read.ifPresent(this::readPath);
        outbox.ifPresent(o -> row("Outbox: " + number(o, "messages") + " messages to a loopback stub, "
                        + o.get("inFlight") + " at once per organization, " + o.get("tenantsAtOnce")
                        + " organizations at once, vs the channel's own posts as many at once (`outbox.json`)",
                number(o, "outboxInFlightPerSecond") + " messages/s", number(o, "directInFlightPerSecond")
                        + " messages/s", ratio(o, "outboxInFlightRatio")));
        sweep.ifPresent(s -> sweep("Retention sweep of " + number(s, "rows") + " expired audit-log rows ("
                + number(s, "kept") + " kept, " + s.get("tenants") + " organizations), batches sized to "
                + map(s, "sizedBatches").get("targetMs") + " ms, audited, app role, vs one plain `DELETE` as the owner "
                + "(`retention-sweep.json`)", s));
        file("large/retention-sweep.json").ifPresent(s -> sweep("… the same for " + number(s, "rows")
                + " expired audit-log rows (`large/retention-sweep.json`)", s));
        file("retention-sweep-sessions.json").ifPresent(s -> sweep("… the same for " + number(s, "rows")
                + " ended sessions, the statement most stores share (`retention-sweep-sessions.json`)", s));
        startup.ifPresent(s -> {
            if (s.containsKey("external")) {
                Map<String, Object> e = map(s, "external");
                row("Start of the jar to the first 200, PostgreSQL by URL (migrated), with a class-data-sharing "
                                + "archive vs without, medians of " + s.get("runs") + " (`startup.json`)",
                        seconds(e, "laterStartWithArchiveMsMedian"), seconds(e, "laterStartMsMedian"),
                        ratio(e, "archiveRatio"));
            }
            row("… embedded PostgreSQL, later start", seconds(s, "laterStartWithArchiveMsMedian"),
                    seconds(s, "laterStartMsMedian"), ratio(s, "archiveRatio"));
        });
        board.ifPresent(b -> latency("Parts board (`/board`, one connection) of a rooftop at " + number(b, "sops")
                + " orders, the counts by status, vs the API's newest 20 orders of the rooftop (`board.json`)",
                map(b, "boardCounts"), map(b, "baseline")));
        board.ifPresent(b -> latency("… the counts and the 50 newest orders of a status", map(b, "boardCountsAndList"),
                map(b, "baseline")));
        search.ifPresent(s -> latency("Search (`GET /search`, one connection) at " + number(s, "sops") + " orders, "
                + number(s, "customers") + " customers, every kind of query mixed, vs the newest 20 orders of a "
                + "rooftop (`search.json`)", map(s, "mixed"), map(s, "baseline")));
        out.append("| Benchmark | soptrack | baseline | ratio |\n|---|---|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private void readPath(Map<String, Object> r) {
        Map<String, Object> read = map(r, "readPath");
        String warm = read.containsKey("warmUpSeconds") ? " after " + read.get("warmUpSeconds") + " s uncounted" : "";
        row("Read: one rooftop's 50 orders by status over HTTP (wrk, " + read.get("connections") + " connections, "
                        + read.get("seconds") + " s" + warm + ") vs pgbench on the page and history statements "
                        + "(`read-path.json`)",
                number(read, "httpRequestsPerSecond") + " req/s", number(read, "pgbenchTps") + " tps",
                ratio(read, "ratio"));
        if (read.containsKey("pgbenchEveryStatementTps")) {
            row("… vs pgbench on every statement the request runs (" + read.get("statementsPerRequest")
                            + " statements, then `COMMIT`)", number(read, "httpRequestsPerSecond") + " req/s",
                    number(read, "pgbenchEveryStatementTps") + " tps", ratio(read, "ratioToEveryStatement"));
        }
        for (String key : List.of("peer", "peer5")) {
            if (r.containsKey(key)) {
                Map<String, Object> peer = map(r, key);
                row("Peer: the same list from PostGraphile " + peer.get("postgraphile") + " (same table, policy, app "
                                + "role and token check); soptrack vs PostGraphile",
                        number(peer, "soptrackRequestsPerSecond") + " req/s",
                        number(peer, "postgraphileRequestsPerSecond") + " req/s",
                        ratio(peer, "ratio"));
            }
        }
        if (r.containsKey("rls")) {
            Map<String, Object> rls = map(r, "rls");
            row("RLS: the page and history script as the app role vs as the owner", number(rls, "appRoleTps")
                    + " tps", number(rls, "ownerTps") + " tps", ratio(rls, "ratio"));
        }
        if (r.containsKey("writePath")) {
            Map<String, Object> write = map(r, "writePath");
            row("Write: creating an order over HTTP vs pgbench running its statements",
                    number(write, "httpRequestsPerSecond") + " req/s", number(write, "pgbenchTps") + " tps",
                    ratio(write, "ratio"));
        }
        if (r.get("memory") instanceof List<?> runs && !runs.isEmpty() && runs.get(0) instanceof Map<?, ?> first) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) first;
            row("Memory: resident under the read load with `server/jvm.options` vs the JVM's defaults (read rate "
                            + "with / without in the ratio column)", m.get("rssUnderLoadMiB") + " MiB",
                    m.get("defaultRssUnderLoadMiB") + " MiB", ratio(m, "readRatio"));
        }
        if (r.containsKey("twoInstances")) {
            Map<String, Object> two = map(r, "twoInstances");
            row("Two servers on one database under the read load together (" + two.get("connectionsEach")
                            + " connections each) vs one", number(two, "combinedRequestsPerSecond") + " req/s",
                    number(two, "oneInstanceRequestsPerSecond") + " req/s", ratio(two, "ratio"));
        }
        if (r.containsKey("growth")) {
            map(r, "growth").forEach((orders, value) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> g = (Map<String, Object>) value;
                String size = g.containsKey("databaseMiB") ? "; database " + number(g, "databaseMiB") + " MiB" : "";
                row("Growth: the list over HTTP, one connection, p50 / p99 at "
                                + String.format(Locale.ROOT, "%,d", Long.parseLong(orders)) + " orders",
                        fixed(g, "p50Ms") + " / " + fixed(g, "p99Ms") + " ms" + size, "", "");
            });
        }
    }

    /** A retention sweep's row: the sized batches against the plain DELETE. */
    private void sweep(String what, Map<String, Object> s) {
        Map<String, Object> sized = map(s, "sizedBatches");
        row(what, number(sized, "rowsPerSecond") + " rows/s, longest batch " + sized.get("longestLockMs") + " ms",
                number(map(s, "plainDelete"), "rowsPerSecond") + " rows/s", ratio(sized, "ratio"));
    }

    /** A latency row: p50 / p99 against the baseline's, and the ratio of the p50s. */
    private void latency(String what, Map<String, Object> measured, Map<String, Object> baseline) {
        row(what, fixed(measured, "p50Ms") + " / " + fixed(measured, "p99Ms") + " ms", fixed(baseline, "p50Ms")
                + " / " + fixed(baseline, "p99Ms") + " ms", ratio(measured, "p50Ratio"));
    }

    private void row(String what, String measured, String baseline, String ratio) {
        rows.add("| " + what + " | " + measured + " | " + baseline + " | " + ratio + " |");
    }

    private Optional<Map<String, Object>> file(String name) throws IOException {
        Path path = results.resolve(name);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = json.readValue(Files.readAllBytes(path), Map.class);
        return Optional.of(map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalStateException("No object \"" + key + "\" in " + parent.keySet());
        }
        return (Map<String, Object>) value;
    }

    private static double value(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalStateException("No number \"" + key + "\" in " + m.keySet());
        }
        return n.doubleValue();
    }

    private static String number(Map<String, Object> m, String key) {
        return String.format(Locale.ROOT, "%,d", Math.round(value(m, key)));
    }

    private static String fixed(Map<String, Object> m, String key) {
        return String.format(Locale.ROOT, "%.1f", value(m, key));
    }

    private static String seconds(Map<String, Object> m, String key) {
        return String.format(Locale.ROOT, "%.1f s", value(m, key) / 1000);
    }

    private static String ratio(Map<String, Object> m, String key) {
        return String.format(Locale.ROOT, "%.2f", value(m, key));
    }
}
