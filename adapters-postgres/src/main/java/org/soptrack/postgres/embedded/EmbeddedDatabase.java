package org.soptrack.postgres.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A PostgreSQL 17 server run from the binaries on the classpath. Its data lives in {@code dataDirectory} and survives
 * restarts; the unpacked binaries live beside it in {@code <dataDirectory>-runtime}. It listens on a free port of the
 * loopback interface only and opens no Unix socket, so nothing lands in a shared temporary directory. Commits are
 * synchronous: once acknowledged, they are on disk.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The superuser that owns the cluster (and runs migrations). */
    public static final String OWNER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** On {@code port}, or on a free one when it is 0 (starting again where a stopped one listened, for example). */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
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
                    .start();
            return new EmbeddedDatabase(postgres, data);
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
        }
    }
}
