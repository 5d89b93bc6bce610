package org.soptrack.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server's runnable jar ({@code mvn -B package} builds it) started as an operator would: {@code java -jar} on a
 * free port with a data folder of its own, up once {@code /health} answers 200, stopped with SIGTERM.
 */
public final class ServerJar {

    public static final Path JAR = Path.of("target", "soptrack-server.jar");
    /** The JVM options operators run the jar with (docs/operations.md). */
    static final Path OPTIONS = Path.of("jvm.options");
    /** The launcher operators may start the jar with instead (docs/operations.md). */
    static final Path LAUNCHER = Path.of("soptrack-server");

    private final Process process;
    private final int port;
    private final Path log;
    private Duration startup;

    private ServerJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar as operators do ({@code java @jvm.options -jar …}) on the embedded database in {@code data} with
     * the environment given, and waits for it.
     */
    public static ServerJar start(Path data, Map<String, String> environment) throws IOException, InterruptedException {
        return start(data, environment, List.of());
    }

    /** As above, with more options for the JVM (after {@code jvm.options}, before {@code -jar}). */
    public static ServerJar start(Path data, Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.add("@" + OPTIONS.toAbsolutePath());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        return launch(command, data, environment);
    }

    /**
     * Starts the jar through {@code server/soptrack-server}, the launcher that keeps a class-data-sharing archive,
     * with the JDK running this test ({@code JAVA_HOME}); {@code environment} may name the jar and archive.
     */
    public static ServerJar startWithLauncher(Path data, Map<String, String> environment)
            throws IOException, InterruptedException {
        Map<String, String> withJdk = new HashMap<>(environment);
        withJdk.put("JAVA_HOME", System.getProperty("java.home"));
        return launch(List.of(LAUNCHER.toAbsolutePath().toString()), data, withJdk);
    }

    private static ServerJar launch(List<String> command, Path data, Map<String, String> environment)
            throws IOException, InterruptedException {
        assertThat(JAR).as("built by mvn package").exists();
        Files.createDirectories(data.getParent());
        int port = freePort();
        Path log = data.getParent().resolve(data.getFileName() + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SOPTRACK_PORT", Integer.toString(port));
        builder.environment().put("SOPTRACK_DATA_DIR", data.toString());
        long launched = System.nanoTime();
        ServerJar server = new ServerJar(builder.start(), port, log);
        server.awaitHealthy();
        server.startup = Duration.ofNanos(System.nanoTime() - launched);
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(until) && process.isAlive()) {
            try {
                status = http.send(HttpRequest.newBuilder(uri("/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
            if (status != 200) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        assertThat(status).as("/health of the jar; its log: %s", log()).isEqualTo(200);
    }

    /** From launching the JVM to the first 200 of {@code /health} (polled every 20 ms). */
    public Duration startup() {
        return startup;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the server wrote so far. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Sends SIGTERM and waits at most {@code patience} for the process to end; its exit code. */
    public int stop(Duration patience) throws InterruptedException, IOException {
        process.destroy();
        assertThat(process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS))
                .as("stopped on SIGTERM within %s; its log: %s", patience, log()).isTrue();
        return process.exitValue();
    }

    /** Kills the process if a test left it running. */
    public void kill() {
        process.destroyForcibly();
    }

    /**
     * SIGKILL, as a crash of the server would: the JVM ends without any shutdown work. Its embedded PostgreSQL, a
     * process of its own, outlives it as a separate database server would; it is then stopped normally (what it
     * committed is kept), so that the next start can use the data folder.
     */
    public void crash(Path data) throws InterruptedException, IOException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path pid = data.resolve("postmaster.pid");
        if (Files.exists(pid)) {
            long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
            ProcessHandle.of(postmaster).ifPresent(handle -> {
                handle.destroy();
                handle.onExit().join();
            });
        }
    }
}
