package org.soptrack.server.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The reference server as operators run it: its own JVM ({@code java -cp … org.soptrack.server.Application}, default
 * heap) configured by environment variables, on a free port. Startup is timed from launching the process to the
 * first 200 of {@code /health}; resident memory is read from {@code /proc}. Extra JVM options come from
 * {@code bench.jvm-options} (for example a flight recording), the server's output goes to {@code log}.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;
    private final double startupMs;

    private ServerProcess(Process process, URI base, double startupMs) {
        this.process = process;
        this.base = base;
        this.startupMs = startupMs;
    }

    static ServerProcess start(Map<String, String> environment, Path log) throws IOException, InterruptedException {
        return start(environment, log, List.of());
    }

    /** As {@link #start(Map, Path)}, with {@code options} for the JVM besides {@code bench.jvm-options}. */
    static ServerProcess start(Map<String, String> environment, Path log, List<String> options)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        String extra = System.getProperty("bench.jvm-options", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath(), "org.soptrack.server.Application"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SOPTRACK_PORT", Integer.toString(port));
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        long started = System.nanoTime();
        Process process = builder.start();
        for (int i = 0; i < 2400; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
            }
            if (healthy(base)) {
                return new ServerProcess(process, base, (System.nanoTime() - started) / 1e6);
            }
            Thread.sleep(25);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not become healthy in 60 s; see " + log);
    }

    URI base() {
        return base;
    }

    double startupMs() {
        return startupMs;
    }

    long residentMiB() throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(0L);
    }

    /** Stops the server as an operator would (SIGTERM), so a flight recording is written. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static boolean healthy(URI base) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The class path this harness runs with: exec:java's class loader, else the JVM's own. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
                && loader.getURLs().length > 0) {
            return java.util.Arrays.stream(loader.getURLs()).map(ServerProcess::file)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String file(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
