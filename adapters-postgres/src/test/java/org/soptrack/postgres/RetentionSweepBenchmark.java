package org.soptrack.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * the same expired security-log rows, as the table's owner. The sweep runs twice on the same rows, with batches of a
 * fixed size and with batches sized to take {@code bench.target} each. Also the longest lock each holds: the sweep's
 * longest batch transaction against the whole {@code DELETE}. Prints a Markdown table and writes
 * {@code retention-sweep.json} to {@code bench.out}. {@code -Dbench.store=sessions} measures the same rule's other
 * big store instead, ended sessions (through {@code ExpiredRows.delete}, the statement most stores share), and writes
 * {@code retention-sweep-sessions.json}. {@code -Dbench.layout=time} lays the rows out in time order with the tenants
 * interleaved instead of each tenant's together ({@link Layout}). Not part of {@code mvn verify}:
 * <pre>mvn -B -q -pl adapters-postgres test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.soptrack.postgres.RetentionSweepBenchmark [-Dbench.rows=1000000] [-Dbench.batch=1000] \
 *     [-Dbench.target=PT0.1S] [-Dbench.store=audit|sessions] [-Dbench.layout=tenants|time] [-Dbench.out=target]</pre>
 */
public final class RetentionSweepBenchmark {

    private static final int TENANTS = 10;

    /** The security-log store measured: its table, the owner's plain DELETE of its expired rows, and its seeding. */
    private enum Store {
        AUDIT("audit_events", "DELETE FROM audit_events WHERE action = 'LOGIN_FAILED' AND at < ?", ""),
        SESSIONS("sessions", "DELETE FROM sessions WHERE status = 'ENDED' AND ended_at < ?", "-sessions");

        final String table;
        final String plainDelete;
        final String fileSuffix;

        Store(String table, String plainDelete, String fileSuffix) {
            this.table = table;
            this.plainDelete = plainDelete;
            this.fileSuffix = fileSuffix;
        }
    }

    private static final Store STORE = Store.valueOf(System.getProperty("bench.store", "audit")
            .toUpperCase(Locale.ROOT));

    /**
     * Where the seeded rows lie in the table, as SQL over the row number {@code n} of {@code :count} and the array
     * {@code p.tenants}: the row's tenant and its time before {@code :until}.
     */
    private enum Layout {
        /** Each tenant's rows together, the time going round in cycles of a day: the figures of earlier runs. */
        TENANTS("p.tenants[1 + (n - 1) / CAST(ceil(CAST(:count AS numeric) / cardinality(p.tenants)) AS integer)]",
                "CAST(:until AS timestamptz) - (n % 86400) * interval '1 second'"),
        /** As a live system writes them: in time order over the last day, the tenants' rows interleaved. */
        TIME("p.tenants[1 + n % cardinality(p.tenants)]",
                "CAST(:until AS timestamptz) - (:count - n) * (interval '1 day' / :count)");

        final String tenant;
        final String time;

        Layout(String tenant, String time) {
            this.tenant = tenant;
            this.time = time;
        }
    }

    private static final Layout LAYOUT = Layout.valueOf(System.getProperty("bench.layout", "tenants")
            .toUpperCase(Locale.ROOT));

    private RetentionSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int batch = Integer.getInteger("bench.batch", 1000);
        FakeClock clock = FakeClock.at("2026-11-23T12:00:00Z");
        TestDatabase db = TestDatabase.get();
        if (Boolean.getBoolean("bench.verbose")) {
            // PostgreSQL's own account of slow statements, autovacuum and checkpoints, in this output.
            try (Connection c = db.owner().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER SYSTEM SET log_min_duration_statement = 200");
                s.execute("ALTER SYSTEM SET log_autovacuum_min_duration = 0");
                s.execute("ALTER SYSTEM SET log_checkpoints = on");
                s.execute("SELECT pg_reload_conf()");
            }
        }
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SYSTEM SET track_functions = 'pl'"); // the deleting function's own time, below
            s.execute("SELECT pg_reload_conf()");
        }
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
        Instant expired = clock.now().minus(Duration.ofDays(200));
        Instant kept = clock.now().minus(Duration.ofDays(10));
        CoreSettings fixed = CoreSettings.DEFAULTS.withRetention(RetentionPolicy.defaults(), batch);
        Duration target = Duration.parse(System.getProperty("bench.target", "PT0.1S"));

        long[] fixedRun = sweep(db, tenants, rows, expired, kept, new SoptrackCore(timed, fixed), longest);
        long[] sizedRun = sweep(db, tenants, rows, expired, kept,
                new SoptrackCore(timed, fixed.withSweepBatchTarget(target)), longest);

        seed(db, tenants, rows, expired, kept);
        resetIo(db);
        long deleteNanos;
        int deleted;
        try (Connection c = db.owner().getConnection();
             PreparedStatement delete = c.prepareStatement(STORE.plainDelete)) {
            delete.setTimestamp(1, Timestamp.from(clock.now().minus(Duration.ofDays(180))));
            long t = System.nanoTime();
            deleted = delete.executeUpdate();
            deleteNanos = System.nanoTime() - t;
        }
        if (deleted != rows) {
            throw new IllegalStateException("The plain DELETE removed " + deleted + " of " + rows + " rows");
        }
        System.out.println("the plain DELETE's " + io(db));

        double deleteRate = rows / (deleteNanos / 1e9);
        double fixedRate = rows / (fixedRun[0] / 1e9);
        double sizedRate = rows / (sizedRun[0] / 1e9);
        System.out.printf("%n| %,d expired security-log rows in %s (+ %,d kept) over %d tenants, %d cores, JDK %s, %s "
                        + "| rows/s | longest lock | ratio |%n|---|---|---|---|%n", rows, STORE.table, rows / 10,
                TENANTS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), version(db));
        System.out.printf("| baseline: one plain DELETE as the owner | %,.0f | %,d ms (the whole statement) | 1.00 |%n",
                deleteRate, deleteNanos / 1_000_000);
        System.out.printf("| retention sweep, batches of %d: audited, as the app role under RLS | %,.0f | %,d ms "
                + "(longest batch) | %.2f |%n", batch, fixedRate, fixedRun[1] / 1_000_000, fixedRate / deleteRate);
        System.out.printf("| retention sweep, batches from %d sized to take %d ms | %,.0f | %,d ms (longest batch) "
                + "| %.2f |%n", batch, target.toMillis(), sizedRate, sizedRun[1] / 1_000_000, sizedRate / deleteRate);
        Path out = Path.of(System.getProperty("bench.out", "target"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("retention-sweep" + STORE.fileSuffix + ".json"), String.format(Locale.ROOT, """
                {"rows": %d, "kept": %d, "tenants": %d, "cores": %d, "jdk": "%s",
                 "plainDelete": {"rowsPerSecond": %.0f, "longestLockMs": %d},
                 "fixedBatches": {"batch": %d, "rowsPerSecond": %.0f, "longestLockMs": %d, "ratio": %.4f},
                 "sizedBatches": {"firstBatch": %d, "targetMs": %d, "rowsPerSecond": %.0f, "longestLockMs": %d,
                                  "ratio": %.4f}}
                """, rows, rows / 10, TENANTS, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), deleteRate, deleteNanos / 1_000_000, batch, fixedRate,
                fixedRun[1] / 1_000_000, fixedRate / deleteRate, batch, target.toMillis(), sizedRate,
                sizedRun[1] / 1_000_000, sizedRate / deleteRate));
        System.exit(0);
    }

    /** Seeds the rows, sweeps them all: the nanoseconds it took and the longest batch transaction's. */
    private static long[] sweep(TestDatabase db, List<TenantId> tenants, int rows, Instant expired, Instant kept,
                                SoptrackCore core, AtomicLong longest) throws SQLException {
        seed(db, tenants, rows, expired, kept);
        if (STORE == Store.AUDIT) {
            printPlans(db, tenants.get(0), expired.plus(Duration.ofDays(1)));
        }
        resetIo(db);
        longest.set(0);
        long start = System.nanoTime();
        if (Boolean.getBoolean("bench.verbose")) {
            System.out.println("sweep begins");
        }
        SweepRetentionUseCase.Report report = core.privacy().sweepRetention().sweepAll(false);
        long took = System.nanoTime() - start;
        long removed = report.lines().stream().filter(l -> l.category().name().equals("SECURITY_LOG"))
                .mapToLong(SweepRetentionUseCase.Line::records).sum();
        if (removed != rows) {
            throw new IllegalStateException("The sweep removed " + removed + " of " + rows + " rows");
        }
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT seq_scan, seq_tup_read, idx_scan, idx_tup_fetch, autovacuum_count,"
                     + " autoanalyze_count, (SELECT num_timed + num_requested FROM pg_stat_checkpointer)"
                     + " FROM pg_stat_user_tables WHERE relname = '" + STORE.table + "'")) {
            rs.next();
            System.out.printf(STORE.table + " so far: %d sequential scans reading %d rows, %d index scans fetching %d, "
                            + "%d autovacuums, %d autoanalyzes; %d checkpoints%n", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
        }
        System.out.println("the sweep's " + io(db));
        if (STORE == Store.AUDIT) {
            printFunctionTime(db, took);
        }
        return new long[] {took, longest.get()};
    }

    /** The audit log's deleting function's own time so far ({@code track_functions}) beside the sweep's. */
    private static void printFunctionTime(TestDatabase db, long sweepNanos) throws SQLException {
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT coalesce(sum(calls), 0), coalesce(sum(total_time), 0) "
                     + "FROM pg_stat_user_functions WHERE funcname = 'retention_delete_audit'")) {
            rs.next();
            System.out.printf("retention_delete_audit so far: %,d calls, %,.0f ms in all; the sweep took %,d ms%n",
                    rs.getLong(1), rs.getDouble(2), sweepNanos / 1_000_000);
        }
    }

    /**
     * The plan of the audit log's deleting function (V30) as it runs, from {@code auto_explain} sent to this
     * connection: eight batches of a tenant in a transaction rolled back, the plan of the last window of the first and
     * the last batch printed (PL/pgSQL may switch to a generic plan after the fifth). Each window's rows should come
     * from a bitmap of that window's index entries, read in the table's order.
     */
    private static void printPlans(TestDatabase db, TenantId tenant, Instant cutoff) throws SQLException {
        try (Connection c = db.owner().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("LOAD 'auto_explain'");
                s.execute("SET LOCAL auto_explain.log_min_duration = 0");
                s.execute("SET LOCAL auto_explain.log_nested_statements = on");
                s.execute("SET LOCAL auto_explain.log_analyze = on");
                s.execute("SET LOCAL auto_explain.log_buffers = on");
                s.execute("SET LOCAL client_min_messages = log");
                s.execute("SET LOCAL app.tenant_id = '" + tenant.value() + "'");
            }
            String action = null;
            Timestamp at = null;
            Object width = null;
            for (int i = 0; i < 8; i++) {
                try (PreparedStatement batch = c.prepareStatement("SELECT next_action, next_at, next_width FROM "
                        + "retention_delete_audit(ARRAY['LOGIN_FAILED'], ?, ARRAY[]::uuid[], 1000, ?, ?, ?)")) {
                    batch.setTimestamp(1, Timestamp.from(cutoff));
                    batch.setString(2, action);
                    batch.setTimestamp(3, at);
                    batch.setObject(4, width, Types.OTHER);
                    try (var rs = batch.executeQuery()) {
                        rs.next();
                        action = rs.getString(1);
                        at = rs.getTimestamp(2);
                        width = rs.getObject(3);
                    }
                    if (i == 0 || i == 7) {
                        String last = "";
                        for (var w = batch.getWarnings(); w != null; w = w.getNextWarning()) {
                            last = w.getMessage().contains("ctid") ? w.getMessage() : last;
                        }
                        System.out.println("batch " + (i + 1) + " of a tenant, its last window as run:");
                        System.out.println(last.indent(2).stripTrailing());
                    }
                }
            }
            c.rollback();
        }
    }

    /** Starts PostgreSQL's input/output statistics ({@code pg_stat_io}) afresh. */
    private static void resetIo(TestDatabase db) throws SQLException {
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_reset_shared('io')");
        }
    }

    /**
     * What the client connections did with table and index pages since {@link #resetIo}: found in the shared buffers,
     * read in, written out, and evicted to make room. Backends report at most once a second, hence the wait.
     */
    private static String io(TestDatabase db) throws SQLException {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT sum(hits), sum(reads), sum(writes), sum(evictions) FROM pg_stat_io "
                     + "WHERE backend_type = 'client backend' AND object = 'relation'")) {
            rs.next();
            return String.format(Locale.ROOT, "pages in the shared buffers: %,d found, %,d read in, %,d written out, "
                    + "%,d evicted", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    /**
     * Times every transaction, keeping the longest: a batch's locks last as long as its transaction. Prints each one
     * over 200 ms with the time since the run began ({@code bench.verbose}).
     */
    private static TransactionPort timing(TransactionPort real, AtomicLong longest) {
        boolean verbose = Boolean.getBoolean("bench.verbose");
        long began = System.nanoTime();
        return new TransactionPort() {
            @Override
            public <T> T inTenant(TenantId tenant, Supplier<T> work) {
                long start = System.nanoTime();
                try {
                    return real.inTenant(tenant, work);
                } finally {
                    long took = System.nanoTime() - start;
                    longest.accumulateAndGet(took, Math::max);
                    if (verbose && took > 200_000_000L) {
                        System.out.printf("slow transaction: %d ms, at %d ms%n", took / 1_000_000,
                                (start - began) / 1_000_000);
                    }
                }
            }
        };
    }

    /**
     * {@code rows} expired logins and a tenth as many recent ones, laid out as {@code bench.layout} says, then fresh
     * statistics and a checkpoint: each measured run starts from written pages, none of them paying for a checkpoint
     * the seeding began.
     */
    private static void seed(TestDatabase db, List<TenantId> tenants, int rows, Instant expired, Instant kept)
            throws SQLException {
        try (Connection c = db.owner().getConnection()) {
            insert(c, tenants, rows, expired);
            insert(c, tenants, rows / 10, kept);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE " + STORE.table);
                s.execute("CHECKPOINT");
            }
        }
    }

    /** {@code count} rows over the tenants, before {@code until}. */
    private static void insert(Connection c, List<TenantId> tenants, int count, Instant until) throws SQLException {
        Map<String, Object> values = Map.of("tenants", new NamedSql.UuidArray(tenants.stream().map(TenantId::value)
                .toList()), "count", count, "until", until, "actor", UUID.randomUUID(), "target", "member:bench");
        String rows = " FROM generate_series(1, :count) AS n, (SELECT CAST(:tenants AS uuid[]) AS tenants) AS p, "
                + "LATERAL (SELECT " + LAYOUT.tenant + " AS tenant, " + LAYOUT.time + " AS t) AS r ORDER BY n";
        if (STORE == Store.SESSIONS) {
            // Ended sessions of one member per tenant (made once, signed in now, so no other rule touches it).
            NamedSql.update(c, "INSERT INTO members (organization_id, id, email, display_name, role, all_rooftops, "
                    + "status, joined_at, last_sign_in_at, version) SELECT tenant, tenant, 'member-' || tenant || "
                    + "'@bench.example', 'Bench Member', 'OWNER', true, 'ACTIVE', now(), now(), 0 "
                    + "FROM unnest(CAST(:tenants AS uuid[])) AS tenant ON CONFLICT DO NOTHING", values);
            NamedSql.update(c, "INSERT INTO sessions (organization_id, id, member_id, status, started_at, "
                    + "last_used_at, ended_at, end_reason, address, user_agent, version) SELECT tenant, "
                    + "gen_random_uuid(), tenant, 'ENDED', t - interval '1 hour', t, t, 'LOGGED_OUT', "
                    + "'198.51.100.' || (n % 250), 'bench', 0" + rows, values);
            return;
        }
        NamedSql.update(c, "INSERT INTO audit_events (organization_id, id, at, actor_kind, actor_id, action, target, "
                + "details) SELECT tenant, gen_random_uuid(), t, 'MEMBER', :actor, 'LOGIN_FAILED', :target, "
                + "jsonb_build_object('address', '198.51.100.' || (n % 250))" + rows, values);
    }

    private static String version(TestDatabase db) throws SQLException {
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }
}
