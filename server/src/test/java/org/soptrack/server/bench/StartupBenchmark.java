package org.soptrack.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.soptrack.postgres.embedded.EmbeddedDatabase;
import org.soptrack.server.ServerJar;

/**
 * The jar as operators start it (R-OPS-1), on the embedded database: from launching the JVM to the first 200 of
 * {@code /health}, the first start (initdb and migrations) once, then later starts without and with a class-data-sharing
 * archive, alternating, {@code bench.runs} of each (the medians are compared); then the same against a PostgreSQL
 * reached by URL. The archive is written by one start with
 * {@code -XX:ArchiveClassesAtExit} before. Prints a Markdown table and writes {@code startup.json}. Needs
 * {@code mvn -B package}; not part of {@code mvn verify}:
 * <pre>mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.server.bench.StartupBenchmark [-Dbench.runs=5] [-Dbench.out=dir]</pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        Path work = Path.of("target", "bench-startup", UUID.randomUUID().toString()).toAbsolutePath();
        Path data = work.resolve("postgres");
        Path archive = work.resolve("soptrack.jsa");
        Map<String, String> quiet = Map.of("SOPTRACK_NOTIFY_JOBS", "false", "SOPTRACK_RETENTION_JOBS", "false");

        long first = startAndStop(data, quiet, List.of());
        startAndStop(data, quiet, List.of("-XX:ArchiveClassesAtExit=" + archive));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("No archive was written at " + archive);
        }
        List<Long> plain = new ArrayList<>();
        List<Long> shared = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plain.add(startAndStop(data, quiet, List.of()));
            shared.add(startAndStop(data, quiet, List.of("-XX:SharedArchiveFile=" + archive)));
        }
        long plainMedian = median(plain);
        long sharedMedian = median(shared);
        double ratio = (double) sharedMedian / plainMedian;
        System.out.printf("%n| jar start to first 200 of /health, embedded PostgreSQL, %d cores, JDK %s | ms | ratio |%n"
                + "|---|---|---|%n| first start: initdb and migrations | %d | |%n"
                + "| later start (median of %d: %s) | %d | baseline |%n"
                + "| later start with a class-data-sharing archive (median of %d: %s) | %d | %.2f |%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), first, runs, plain,
                plainMedian, runs, shared, sharedMedian, ratio);
        External external = external(work, runs, quiet);
        System.out.printf("| PostgreSQL by URL, first start: migrations on an empty database | %d | |%n"
                + "| PostgreSQL by URL, later start (median of %d: %s; Micronaut's own part %d ms) | %d | baseline |%n"
                + "| PostgreSQL by URL, later start with a class-data-sharing archive (median of %d: %s) | %d | %.2f |%n",
                external.first(), runs, external.plain(), external.context(), median(external.plain()), runs,
                external.shared(), median(external.shared()),
                (double) median(external.shared()) / median(external.plain()));
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.writeString(Path.of(out, "startup.json"), String.format(Locale.ROOT, """
                    {"cores": %d, "runs": %d, "firstStartMs": %d, "laterStartMsMedian": %d,
                     "laterStartWithArchiveMsMedian": %d, "archiveRatio": %.2f,
                     "external": {"firstStartMs": %d, "laterStartMsMedian": %d, "laterStartWithArchiveMsMedian": %d,
                                  "archiveRatio": %.2f, "micronautStartupMs": %d}}
                    """, Runtime.getRuntime().availableProcessors(), runs, first, plainMedian, sharedMedian, ratio,
                    external.first(), median(external.plain()), median(external.shared()),
                    (double) median(external.shared()) / median(external.plain()), external.context()));
        }
    }

    /** Starts against a PostgreSQL by URL; {@code context}: Micronaut's "Startup completed in" of the last plain start. */
    private record External(long first, List<Long> plain, List<Long> shared, long context) {
    }

    /**
     * The same on a PostgreSQL of its own reached by URL, as the app role with owner credentials (so each start
     * checks the migrations): the first start migrates the empty database, later ones find it current.
     */
    private static External external(Path work, int runs, Map<String, String> quiet) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("external"));
        try {
            Map<String, String> environment = new HashMap<>(quiet);
            environment.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
            environment.put("DATASOURCES_DEFAULT_USERNAME", "soptrack_app");
            environment.put("DATASOURCES_DEFAULT_PASSWORD", "startup");
            environment.put("SOPTRACK_DATABASE_OWNER_USERNAME", EmbeddedDatabase.OWNER);
            environment.put("SOPTRACK_DATABASE_OWNER_PASSWORD", "");
            Path unused = work.resolve("unused");
            Path archive = work.resolve("external.jsa");
            long first = startAndStop(unused, environment, List.of());
            startAndStop(unused, environment, List.of("-XX:ArchiveClassesAtExit=" + archive));
            List<Long> plain = new ArrayList<>();
            List<Long> shared = new ArrayList<>();
            long context = 0;
            for (int i = 0; i < runs; i++) {
                ServerJar server = ServerJar.start(unused, environment, List.of());
                try {
                    plain.add(server.startup().toMillis());
                    Matcher completed = Pattern.compile("Startup completed in (\\d+)ms").matcher(server.log());
                    context = completed.find() ? Long.parseLong(completed.group(1)) : 0;
                } finally {
                    server.stop(Duration.ofSeconds(60));
                    server.kill();
                }
                shared.add(startAndStop(unused, environment, List.of("-XX:SharedArchiveFile=" + archive)));
            }
            return new External(first, plain, shared, context);
        } finally {
            database.close();
        }
    }

    private static long startAndStop(Path data, Map<String, String> environment, List<String> jvmOptions)
            throws Exception {
        ServerJar server = ServerJar.start(data, environment, jvmOptions);
        try {
            return server.startup().toMillis();
        } finally {
            server.stop(Duration.ofSeconds(60));
            server.kill();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
