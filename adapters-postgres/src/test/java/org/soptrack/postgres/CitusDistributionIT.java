package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The distribution by tenant for Citus ({@code db/citus/distribute-by-tenant.sql}, docs/scaling.md), checked against
 * the migrated schema without Citus: the script runs in a transaction that is rolled back, with stand-ins for
 * {@code create_distributed_table} and {@code create_reference_table} that record each call, and the catalog is then
 * read against the rules Citus states for distributed tables, written here as {@link #problems}:
 * <ul>
 *   <li>every table holding {@code organization_id} is distributed on it, colocated with {@code organizations};
 *       every other table of the schema (the platform's own) is a reference table; none is named twice;</li>
 *   <li>a primary key, unique constraint or unique index of a distributed table includes the distribution column;</li>
 *   <li>a foreign key between distributed tables pairs {@code organization_id} with {@code organization_id} and sets
 *       nothing to null or a default; a reference table has no foreign key to a distributed table;</li>
 *   <li>a table is distributed after every table its foreign keys point to.</li>
 * </ul>
 * Citus itself cannot be installed on these machines; what this test proves is that the script covers the schema and
 * that the schema's keys are of the kinds Citus enforces on distributed tables.
 */
class CitusDistributionIT {

    static final String SCRIPT = "db/citus/distribute-by-tenant.sql";

    /** The triggers on tenant tables; each is a step of the move in docs/scaling.md (Citus does not run them as is). */
    private static final List<String> TRIGGERS = List.of("special_orders.special_orders_added",
            "special_orders.special_orders_changed", "special_orders.special_orders_counted_again",
            "special_orders.special_orders_counted_in", "special_orders.special_orders_counted_out");

    private final TestDatabase db = TestDatabase.get();

    @Test
    void the_script_distributes_every_tenant_table_and_every_key_can_be_enforced() throws Exception {
        try (Connection c = db.owner().getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Call> calls = runScript(c);
                assertThat(calls).containsKeys("organizations", "special_orders", "public_requests");
                assertThat(calls.values()).filteredOn(call -> call.kind.equals("distributed")).hasSizeGreaterThan(25);
                assertThat(problems(c, calls)).isEmpty();
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void a_table_left_out_a_key_without_the_tenant_and_a_crossed_foreign_key_are_each_found() throws Exception {
        try (Connection c = db.owner().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE citus_probe (organization_id uuid NOT NULL, id uuid PRIMARY KEY, "
                        + "rooftop_id uuid NOT NULL, FOREIGN KEY (rooftop_id, organization_id) "
                        + "REFERENCES rooftops (organization_id, id))");
                s.execute("CREATE UNIQUE INDEX citus_probe_rooftop ON citus_probe (rooftop_id)");
                Map<String, Call> calls = runScript(c);
                assertThat(problems(c, calls)).containsExactlyInAnyOrder(
                        "citus_probe: a tenant table the script does not distribute",
                        "citus_probe: key citus_probe_pkey does not include organization_id",
                        "citus_probe: unique index citus_probe_rooftop does not include organization_id",
                        "citus_probe: foreign key citus_probe_rooftop_id_organization_id_fkey to rooftops does not "
                                + "pair organization_id with organization_id");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void the_triggers_on_tenant_tables_are_the_ones_the_move_deals_with() throws Exception {
        try (Connection c = db.owner().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.relname || '.' || t.tgname FROM pg_trigger t "
                     + "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
                     + "AND c.relnamespace = 'public'::regnamespace ORDER BY 1")) {
            List<String> triggers = new ArrayList<>();
            while (rs.next()) {
                triggers.add(rs.getString(1));
            }
            assertThat(triggers).isEqualTo(TRIGGERS);
        }
    }

    private record Call(int order, String kind, String column, String colocateWith) {
    }

    /** Runs the script with recording stand-ins; the calls by table, in the script's order. */
    static Map<String, Call> runScript(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE citus_calls (n serial, tbl text, kind text, col text, colocate text) "
                    + "ON COMMIT DROP");
            s.execute("""
                    CREATE FUNCTION public.create_distributed_table(table_name regclass, distribution_column text,
                            distribution_type text DEFAULT 'hash', colocate_with text DEFAULT 'default',
                            shard_count int DEFAULT NULL) RETURNS void LANGUAGE sql AS
                    $$ INSERT INTO citus_calls (tbl, kind, col, colocate)
                       VALUES (table_name::text, 'distributed', distribution_column, colocate_with) $$""");
            s.execute("""
                    CREATE FUNCTION public.create_reference_table(table_name regclass) RETURNS void LANGUAGE sql AS
                    $$ INSERT INTO citus_calls (tbl, kind) VALUES (table_name::text, 'reference') $$""");
            s.execute(script());
            Map<String, Call> calls = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT n, tbl, kind, col, colocate FROM citus_calls ORDER BY n")) {
                while (rs.next()) {
                    Call call = new Call(rs.getInt(1), rs.getString(3), rs.getString(4), rs.getString(5));
                    if (calls.putIfAbsent(rs.getString(2), call) != null) {
                        calls.put(rs.getString(2), new Call(call.order, "twice", call.column, call.colocateWith));
                    }
                }
            }
            return calls;
        }
    }

    private static String script() throws IOException {
        try (InputStream in = CitusDistributionIT.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            assertThat(in).as(SCRIPT).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What keeps the schema from being distributed as the calls say, one line per finding. */
    static List<String> problems(Connection c, Map<String, Call> calls) throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<String> tenantTables = new HashSet<>();
        for (String[] t : rows(c, "SELECT c.relname, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid "
                + "AND a.attname = 'organization_id' AND NOT a.attisdropped) FROM pg_class c "
                + "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
                + "AND c.relname <> 'flyway_schema_history' ORDER BY 1")) {
            Call call = calls.get(t[0]);
            boolean tenant = "t".equals(t[1]);
            if (tenant) {
                tenantTables.add(t[0]);
            }
            if (call == null) {
                problems.add(t[0] + ": a " + (tenant ? "tenant" : "platform") + " table the script does not "
                        + (tenant ? "distribute" : "make a reference table"));
            } else if (call.kind.equals("twice")) {
                problems.add(t[0] + ": named twice");
            } else if (tenant && !call.kind.equals("distributed")) {
                problems.add(t[0] + ": a tenant table made a reference table");
            } else if (tenant && !call.column.equals("organization_id")) {
                problems.add(t[0] + ": distributed on " + call.column);
            } else if (tenant && !t[0].equals("organizations") && !call.colocateWith.equals("organizations")) {
                problems.add(t[0] + ": not colocated with organizations");
            } else if (!tenant && !call.kind.equals("reference")) {
                problems.add(t[0] + ": a platform table distributed");
            }
        }
        for (String[] k : rows(c, "SELECT con.conrelid::regclass::text, con.conname, 'key' FROM pg_constraint con "
                + "WHERE con.connamespace = 'public'::regnamespace AND con.contype IN ('p', 'u', 'x') "
                + "AND NOT EXISTS (SELECT 1 FROM unnest(con.conkey) k JOIN pg_attribute a "
                + "  ON a.attrelid = con.conrelid AND a.attnum = k WHERE a.attname = 'organization_id') "
                + "UNION ALL SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, 'unique index' "
                + "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                + "WHERE c.relnamespace = 'public'::regnamespace AND i.indisunique "
                + "AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid) "
                + "AND NOT EXISTS (SELECT 1 FROM unnest(i.indkey) k JOIN pg_attribute a "
                + "  ON a.attrelid = i.indrelid AND a.attnum = k WHERE a.attname = 'organization_id')")) {
            if (distributed(calls, tenantTables, k[0])) {
                problems.add(k[0] + ": " + k[2] + " " + k[1] + " does not include organization_id");
            }
        }
        for (String[] f : rows(c, "SELECT con.conrelid::regclass::text, con.conname, con.confrelid::regclass::text, "
                + "EXISTS (SELECT 1 FROM unnest(con.conkey, con.confkey) AS p(k, fk) "
                + "  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = p.k "
                + "  JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = p.fk "
                + "  WHERE a.attname = 'organization_id' AND fa.attname = 'organization_id'), "
                + "con.confdeltype IN ('n', 'd') OR con.confupdtype IN ('n', 'd', 'c') "
                + "FROM pg_constraint con WHERE con.connamespace = 'public'::regnamespace AND con.contype = 'f'")) {
            Call from = calls.get(f[0]);
            Call to = calls.get(f[2]);
            String fk = f[0] + ": foreign key " + f[1] + " to " + f[2];
            if (from != null && to != null && to.order > from.order) {
                problems.add(fk + " points to a table distributed after it");
            }
            if (distributed(calls, tenantTables, f[0]) && distributed(calls, tenantTables, f[2])) {
                if (!"t".equals(f[3])) {
                    problems.add(fk + " does not pair organization_id with organization_id");
                }
                if ("t".equals(f[4])) {
                    problems.add(fk + " sets null, a default or cascades an update");
                }
            } else if (!distributed(calls, tenantTables, f[0]) && distributed(calls, tenantTables, f[2])) {
                problems.add(fk + " goes from a reference table to a distributed one");
            }
        }
        return problems;
    }

    /** Distributed by the script, or a tenant table it leaves out (judged as what it should be). */
    private static boolean distributed(Map<String, Call> calls, Set<String> tenantTables, String table) {
        Call call = calls.get(table);
        return call != null ? call.kind.equals("distributed") : tenantTables.contains(table);
    }

    private static List<String[]> rows(Connection c, String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                out.add(row);
            }
        }
        return out;
    }
}
