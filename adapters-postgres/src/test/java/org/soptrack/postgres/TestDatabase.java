package org.soptrack.postgres;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.soptrack.core.memory.FastTestPasswordHasher;
import org.soptrack.core.memory.RecordedCodes;
import org.soptrack.core.memory.ReferenceTotp;
import org.soptrack.core.memory.TestLinkSignatures;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.WebhookAddressPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.SecureRandomTokens;
import org.soptrack.postgres.embedded.EmbeddedDatabase;

/**
 * One migrated embedded PostgreSQL for all integration tests of this JVM, under {@code target/}. Tests make their own
 * tenants, so they share it safely.
 */
final class TestDatabase {

    static final String APP_USER = "soptrack_app";
    /** The role migrations run as: the embedded server's superuser. */
    static final String OWNER_USER = "postgres";
    private static TestDatabase instance;

    final EmbeddedDatabase embedded;
    private ApplicationContext context;

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

    /** The adapters under test, in one application context over the app role's pool. */
    CorePorts ports() {
        return ports(ClockPort.of(Clock.systemUTC()));
    }

    /** The adapters under test with the given clock (a fake one for rules with a duration). */
    synchronized CorePorts ports(ClockPort clock) {
        if (context == null) {
            context = ApplicationContext.run(Map.of(
                    "datasources.default.url", embedded.jdbcUrl(),
                    "datasources.default.username", APP_USER,
                    "datasources.default.password", "app-secret",
                    "datasources.default.dialect", "POSTGRES",
                    "datasources.default.maximum-pool-size", 8));
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        PostgresAdapters db = context.getBean(PostgresAdapters.class);
        return new CorePorts(db.transactions(), clock, IdPort.random(), new SecureRandomTokens(), db.organizations(),
                db.rooftops(), db.members(), db.invitations(), db.grants(), db.customers(), db.orders(),
                db.contactAttempts(), db.sopNumbers(), db.audit(), db.credentials(), new FastTestPasswordHasher(),
                db.sessions(), db.trustedDevices(), new RecordedCodes(), new ReferenceTotp(), db.tenants(), db.outbox(),
                db.notificationSettings(), db.legalHolds(), db.billing(), db.tenantData(),
                db.publicRequests(), db.subjectRequests(), db.personalData(),
                db.retentionOverrides(), WebhookAddressPort.anyAddress(), db.accountTokens(),
                db.notes(), TestLinkSignatures.standard(), db.platformAudit(),
                db.incidents());
    }

    /** A bean of the adapters' application context (started by {@link #ports(ClockPort)}). */
    <T> T bean(Class<T> type) {
        ports();
        return context.getBean(type);
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
