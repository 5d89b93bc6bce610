package org.soptrack.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.SweepRetentionUseCase;
import org.soptrack.core.port.out.TransactionPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.CoreSettings;
import org.soptrack.core.service.SoptrackCore;

/**
 * The retention sweep's rate on PostgreSQL against a baseline measured in the same run: one plain {@code DELETE} of
 * the same expired security-log rows, as the table's owner. Also the longest lock each holds: the sweep's longest
 * batch transaction against the whole {@code DELETE}. Prints a Markdown table. Not part of {@code mvn verify}:
 * <pre>mvn -B -q -pl adapters-postgres test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.postgres.RetentionSweepBenchmark [-Dbench.rows=1000000] [-Dbench.batch=1000]</pre>
 */
public final class RetentionSweepBenchmark {

    private static final int TENANTS = 10;

    private RetentionSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int batch = Integer.getInteger("bench.batch", 1000);
        FakeClock clock = FakeClock.at("2026-11-23T12:00:00Z");
        TestDatabase db = TestDatabase.get();
        CorePorts shared = db.ports(clock);
        List<TenantId> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            TenantId tenant = TenantId.of(UUID.randomUUID());
            shared.transactions().inTenant(tenant, () -> {
                shared.organizations().add(tenant, Organization.create(tenant, "Bench " + tenant, clock.now()));
                return null;
            });
            tenants.add(tenant);
        }
        AtomicLong longest = new AtomicLong();
        CorePorts timed = shared.withTransactions(timing(shared.transactions(), longest));
        SoptrackCore core = new SoptrackCore(timed, CoreSettings.DEFAULTS.withRetention(RetentionPolicy.defaults(),
                batch));
        Instant expired = clock.now().minus(Duration.ofDays(200));
        Instant kept = clock.now().minus(Duration.ofDays(10));

        seed(db, tenants, rows, expired, kept);
        long start = System.nanoTime();
        SweepRetentionUseCase.Report report = core.privacy().sweepRetention().sweepAll(false);
        long sweep = System.nanoTime() - start;
        long removed = report.lines().stream().filter(l -> l.category().name().equals("SECURITY_LOG"))
                .mapToLong(SweepRetentionUseCase.Line::records).sum();
        if (removed != rows) {
            throw new IllegalStateException("The sweep removed " + removed + " of " + rows + " rows");
        }

        seed(db, tenants, rows, expired, kept);
        long deleteNanos;
        int deleted;
        try (Connection c = db.owner().getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM audit_events WHERE action = 'LOGIN_FAILED' "
                     + "AND at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.now().minus(Duration.ofDays(180))));
            long t = System.nanoTime();
            deleted = delete.executeUpdate();
            deleteNanos = System.nanoTime() - t;
        }
        if (deleted != rows) {
            throw new IllegalStateException("The plain DELETE removed " + deleted + " of " + rows + " rows");
        }

        double sweepRate = rows / (sweep / 1e9);
        double deleteRate = rows / (deleteNanos / 1e9);
        System.out.printf("%n| %,d expired security-log rows (+ %,d kept) over %d tenants, batches of %d, %d cores, "
                        + "JDK %s, %s | rows/s | longest lock |%n|---|---|---|%n", rows, rows / 10, TENANTS, batch,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), version(db));
        System.out.printf("| baseline: one plain DELETE as the owner | %,.0f | %,d ms (the whole statement) |%n",
                deleteRate, deleteNanos / 1_000_000);
        System.out.printf("| retention sweep: batched, audited, as the app role under RLS | %,.0f | %,d ms (longest "
                + "batch) |%n", sweepRate, longest.get() / 1_000_000);
        System.out.printf("| ratio sweep / baseline | %.2f | |%n", sweepRate / deleteRate);
        System.exit(0);
    }

    /** Times every transaction, keeping the longest: a batch's locks last as long as its transaction. */
    private static TransactionPort timing(TransactionPort real, AtomicLong longest) {
        return new TransactionPort() {
            @Override
            public <T> T inTenant(TenantId tenant, Supplier<T> work) {
                long start = System.nanoTime();
                try {
                    return real.inTenant(tenant, work);
                } finally {
                    longest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            }
        };
    }

    /** {@code rows} expired logins spread over the tenants, a tenth as many recent ones, then fresh statistics. */
    private static void seed(TestDatabase db, List<TenantId> tenants, int rows, Instant expired, Instant kept)
            throws SQLException {
        try (Connection c = db.owner().getConnection()) {
            for (TenantId tenant : tenants) {
                insert(c, tenant, rows / tenants.size(), expired);
                insert(c, tenant, rows / tenants.size() / 10, kept);
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE audit_events");
            }
        }
    }

    private static void insert(Connection c, TenantId tenant, int count, Instant around) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_events (organization_id, id, at, actor_kind, "
                + "actor_id, action, target, details) SELECT ?, gen_random_uuid(), CAST(? AS timestamptz) - (n % 86400) * interval '1 second', "
                + "'MEMBER', ?, 'LOGIN_FAILED', 'member:bench', jsonb_build_object('address', '198.51.100.' || (n % 250)) "
                + "FROM generate_series(1, ?) AS n")) {
            s.setObject(1, tenant.value());
            s.setTimestamp(2, Timestamp.from(around));
            s.setObject(3, UUID.randomUUID());
            s.setInt(4, count);
            s.executeUpdate();
        }
    }

    private static String version(TestDatabase db) throws SQLException {
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }
}
