package org.soptrack.server.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/performance.md's results table is the one {@link ResultsTable} writes from {@code server/bench/results/*.json}:
 * after a benchmark run, {@code server/bench/run.sh} rewrites it; a hand edit or a stale table fails here.
 */
class ResultsTableTest {

    private static final Path RESULTS = Path.of("bench", "results");
    private static final Path PAGE = Path.of("..", "docs", "performance.md");

    @Test
    void the_page_shows_what_the_results_files_hold() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String table = new ResultsTable(RESULTS).markdown();
        assertThat(table).contains("| Read: one rooftop's 50 orders", "| Outbox:", "| Retention sweep of",
                "| Start of the jar");
        assertThat(ResultsTable.replace(page, table)).as("run: mvn -B -q -pl server test-compile exec:java "
                + "-Dexec.classpathScope=test -Dexec.mainClass=org.soptrack.server.bench.ResultsTable")
                .isEqualTo(page);
    }

    @Test
    void figures_come_from_the_files_keys(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("retention-sweep.json"), "{\"rows\":1000000,\"kept\":100000,\"tenants\":10,"
                + "\"plainDelete\":{\"rowsPerSecond\":2000000,\"longestLockMs\":500},"
                + "\"sizedBatches\":{\"targetMs\":100,\"rowsPerSecond\":1234567.4,\"longestLockMs\":99,\"ratio\":0.6173}}");
        assertThat(new ResultsTable(dir).markdown()).contains("| 1,234,567 rows/s, longest batch 99 ms | "
                + "2,000,000 rows/s | 0.62 |").doesNotContain("Read:");
        Files.writeString(dir.resolve("board.json"), "{\"sops\":1000000,\"baseline\":{\"p50Ms\":3.1,\"p99Ms\":10.4,"
                + "\"p50Ratio\":1.0},\"boardCounts\":{\"p50Ms\":2.5,\"p99Ms\":10.3,\"p50Ratio\":0.806},"
                + "\"boardCountsAndList\":{\"p50Ms\":5.9,\"p99Ms\":14.0,\"p50Ratio\":1.903}}");
        assertThat(new ResultsTable(dir).markdown()).contains("| 2.5 / 10.3 ms | 3.1 / 10.4 ms | 0.81 |",
                "| 5.9 / 14.0 ms | 3.1 / 10.4 ms | 1.90 |");
        Files.writeString(dir.resolve("startup.json"), "{\"runs\":5}");
        assertThatThrownBy(() -> new ResultsTable(dir).markdown()).hasMessageContaining("laterStartWithArchiveMsMedian");
    }
}
