package org.soptrack.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code server/soptrack-server} (docs/operations.md, "Faster starts"): the first start writes a class-data-sharing
 * archive when the server stops, the next start maps it, and a newer jar makes the next start write it again. That
 * the archive is mapped is proven with {@code -Xshare:on}, under which the JVM refuses to start with an archive it
 * cannot use. Runs on a copy of the jar, so that changing its time touches no other test.
 */
class LauncherIT {

    @Test
    void the_first_start_writes_the_archive_the_next_maps_it_and_a_newer_jar_has_it_written_again() throws Exception {
        Path work = Path.of("target", "launcher-it", UUID.randomUUID().toString()).toAbsolutePath();
        Path data = work.resolve("postgres");
        Files.createDirectories(work);
        Path jar = Files.copy(ServerJar.JAR, work.resolve("soptrack-server.jar"));
        Path archive = work.resolve("soptrack-server.jsa");
        Map<String, String> environment = Map.of("SOPTRACK_JAR", jar.toString(), "SOPTRACK_CDS_ARCHIVE",
                archive.toString());

        startAndStop(data, environment);
        assertThat(archive).as("written when the first start stopped").exists();
        assertThat(Files.size(archive)).isPositive();
        FileTime written = Files.getLastModifiedTime(archive);

        Map<String, String> mappedOnly = new HashMap<>(environment);
        mappedOnly.put("SOPTRACK_JAVA_OPTIONS", "-Xshare:on");
        startAndStop(data, mappedOnly);
        assertThat(Files.getLastModifiedTime(archive)).as("mapped, not written again").isEqualTo(written);

        // A jar newer than the archive by whole seconds, as a rebuilt jar would be (the second start took longer).
        Instant rebuilt = Instant.now();
        assertThat(rebuilt).isAfter(written.toInstant().plusSeconds(1));
        FileTime newerJar = FileTime.from(rebuilt);
        Files.setLastModifiedTime(jar, newerJar);
        startAndStop(data, environment);
        assertThat(Files.getLastModifiedTime(archive)).as("written again for the newer jar").isGreaterThan(newerJar);
    }

    private static void startAndStop(Path data, Map<String, String> environment) throws Exception {
        ServerJar server = ServerJar.startWithLauncher(data, environment);
        try {
            server.stop(Duration.ofSeconds(60));
        } finally {
            server.kill();
        }
    }
}
