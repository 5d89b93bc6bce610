package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the catalog of the real migrated schema, so a future migration that forgets Row-Level Security, a tenant key
 * or a tenant-first index breaks the build.
 */
class SchemaIT {

    private static final List<String> EXPECTED_TENANT_TABLES = List.of("organizations", "rooftops", "members",
            "invitations", "operator_access_grants", "customers", "special_orders", "special_order_transitions",
            "sop_counters", "contact_attempts", "audit_events", "credentials",
            "sessions", "trusted_devices", "notification_events", "outbox_messages", "delivery_attempts",
            "notification_settings", "legal_holds", "billing_events", "subject_requests", "erasure_log",
            "retention_overrides", "account_tokens", "notes", "special_order_counts");

    /** Tables of the platform's own data, which belongs to no organization (R-PUB-1). */
    private static final List<String> PLATFORM_TABLES = List.of("incident_organizations", "incidents",
            "platform_audit_events", "public_request_replies", "public_requests");

    /** The SQL list of tables the tenant checks leave out: the migration history and the platform tables. */
    private static final String NOT_TENANT = "('flyway_schema_history', 'incident_organizations', 'incidents', "
            + "'platform_audit_events', 'public_request_replies', 'public_requests')";

    private final TestDatabase db = TestDatabase.get();

    private List<String> rows(String sql, Object... params) throws Exception {
        try (Connection c = db.owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    @Test
    void every_table_is_a_tenant_table_except_the_migration_history_and_the_platform_tables() throws Exception {
        List<String> tables = rows("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename not in " + NOT_TENANT + " order by 1");
        assertThat(rows("select tablename from pg_tables where schemaname = 'public' and tablename in "
                + NOT_TENANT + " and tablename <> 'flyway_schema_history' order by 1")).isEqualTo(PLATFORM_TABLES);
        List<String> tenantTables = rows("select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid "
                + "where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') "
                + "and a.attname = 'organization_id' and not a.attisdropped order by 1");
        assertThat(tenantTables).containsAll(EXPECTED_TENANT_TABLES);
        assertThat(tables).isEqualTo(tenantTables);
    }

    @Test
    void every_tenant_table_has_row_level_security_enabled_forced_and_a_policy() throws Exception {
        List<String> unprotected = rows("select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid "
                + "where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') "
                + "and a.attname = 'organization_id' and not ("
                + "  c.relrowsecurity and c.relforcerowsecurity and exists (select 1 from pg_policies p "
                + "  where p.schemaname = 'public' and p.tablename = c.relname "
                + "  and p.qual like '%organization_id%' and p.with_check like '%organization_id%'))");
        assertThat(unprotected).isEmpty();
        assertThat(rows("select count(*) from pg_policies where schemaname = 'public' "
                + "and policyname = 'tenant_isolation'").get(0)).isEqualTo(Integer.toString(EXPECTED_TENANT_TABLES.size()));
        assertThat(rows("select tablename || ' ' || cmd || ' ' || array_to_string(roles, ',') from pg_policies "
                + "where schemaname = 'public' and policyname <> 'tenant_isolation' order by tablename"))
                .as("the directory and search functions' owner alone reads across tenants")
                .containsExactly("customers SELECT " + TestDatabase.OWNER_USER,
                        "members SELECT " + TestDatabase.OWNER_USER,
                        "organizations SELECT " + TestDatabase.OWNER_USER,
                        "outbox_messages SELECT " + TestDatabase.OWNER_USER,
                        "special_orders SELECT " + TestDatabase.OWNER_USER);
    }

    @Test
    void the_application_role_is_no_owner_no_superuser_and_cannot_bypass_rls() throws Exception {
        assertThat(rows("select rolsuper::text || rolbypassrls::text || rolcanlogin::text || rolcreaterole::text "
                + "from pg_roles where rolname = ?", TestDatabase.APP_USER)).containsExactly("falsefalsetruefalse");
        assertThat(rows("select tablename from pg_tables where tableowner = ?", TestDatabase.APP_USER)).isEmpty();
        assertThat(rows("select 1 from pg_auth_members m join pg_roles r on r.oid = m.member where r.rolname = ?",
                TestDatabase.APP_USER)).isEmpty();
    }

    @Test
    void every_key_and_foreign_key_of_a_tenant_table_includes_the_tenant() throws Exception {
        List<String> constraints = rows("select conrelid::regclass || '.' || conname from pg_constraint con "
                + "where connamespace = 'public'::regnamespace and contype in ('p', 'u', 'f')");
        assertThat(constraints).hasSizeGreaterThan(EXPECTED_TENANT_TABLES.size());
        List<String> withoutTenant = rows("select conrelid::regclass || '.' || conname from pg_constraint con "
                + "where connamespace = 'public'::regnamespace and contype in ('p', 'u', 'f') "
                + "and conrelid::regclass::text not in " + NOT_TENANT + " and not exists ("
                + "  select 1 from unnest(con.conkey) k join pg_attribute a on a.attrelid = con.conrelid "
                + "  and a.attnum = k where a.attname = 'organization_id')");
        assertThat(withoutTenant).isEmpty();
        List<String> uniqueIndexesWithoutTenant = rows("select i.indexrelid::regclass::text from pg_index i "
                + "join pg_class c on c.oid = i.indrelid where c.relnamespace = 'public'::regnamespace "
                + "and i.indisunique and c.relname not in " + NOT_TENANT + " and not exists ("
                + "  select 1 from unnest(i.indkey) k join pg_attribute a on a.attrelid = i.indrelid "
                + "  and a.attnum = k where a.attname = 'organization_id')");
        assertThat(uniqueIndexesWithoutTenant).isEmpty();
    }

    @Test
    void every_index_of_a_tenant_table_starts_with_the_tenant() throws Exception {
        List<String> indexes = rows("select i.indexrelid::regclass::text from pg_index i join pg_class c "
                + "on c.oid = i.indrelid where c.relnamespace = 'public'::regnamespace "
                + "and c.relname <> 'flyway_schema_history'");
        assertThat(indexes).hasSizeGreaterThan(15);
        List<String> notTenantFirst = rows("select i.indexrelid::regclass::text from pg_index i join pg_class c "
                + "on c.oid = i.indrelid join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0] "
                + "where c.relnamespace = 'public'::regnamespace and c.relname not in " + NOT_TENANT + " "
                + "and a.attname <> 'organization_id'");
        assertThat(notTenantFirst).as("only the search's trigram indexes (V20 says why)").containsExactlyInAnyOrder(
                "customers_search_email", "customers_search_name", "customers_search_phone", "special_orders_search");
        assertThat(rows("select c.relname || ' ' || am.amname || ' ' || o.opcname from pg_index i "
                + "join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam "
                + "join pg_opclass o on o.oid = i.indclass[0] where c.relname in ('customers_search_email', "
                + "'customers_search_name', 'customers_search_phone', 'special_orders_search')"))
                .allSatisfy(index -> assertThat(index).endsWith(" gin gin_trgm_ops")).hasSize(4);
    }

    @Test
    void sop_numbers_use_no_database_sequence() throws Exception {
        assertThat(rows("select sequencename from pg_sequences where schemaname = 'public'")).isEmpty();
    }
}
