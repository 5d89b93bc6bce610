package org.soptrack.postgres;

import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * One migrated embedded PostgreSQL for all integration tests of this JVM, under {@code target/}. Tests make their own
 * tenants, so they share it safely.
 */
final class TestDatabase {

    static final String APP_USER = "soptrack_app";
    private static TestDatabase instance;

    final EmbeddedDatabase embedded;

    private TestDatabase() {
        Path data = Path.of("target", "it-postgres", "data-" + ProcessHandle.current().pid());
        embedded = EmbeddedDatabase.start(data);
        Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        Migrations.migrate(embedded.ownerDataSource(), APP_USER, Optional.of("app-secret"));
    }

    static synchronized TestDatabase get() {
        if (instance == null) {
            instance = new TestDatabase();
        }
        return instance;
    }

    DataSource owner() {
        return embedded.ownerDataSource();
    }

    /** Connections as the application role: what the adapter uses in production. */
    DataSource app() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(embedded.jdbcUrl());
        ds.setUser(APP_USER);
        ds.setPassword("app-secret");
        return ds;
    }
}
