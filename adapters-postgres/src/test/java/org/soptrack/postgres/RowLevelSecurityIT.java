package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.TenantId;

/** Plain SQL as the application role: tenant B tries every door into tenant A's rows and finds none open. */
class RowLevelSecurityIT {

    /** A unit of SQL work inside one transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final TestDatabase db = TestDatabase.get();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID aCustomer = UUID.randomUUID();

    /** Runs {@code work} as the app role in one transaction, with {@code tenant} set (or none when null). */
    private <T> T as(UUID tenant, Work<T> work) throws SQLException {
        try (Connection c = db.app().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (tenant != null) {
                    TenantSetting.apply(c, TenantId.of(tenant));
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private long countAs(UUID tenant, String sql, Object... params) throws SQLException {
        Long n = as(tenant, c -> count(c, sql, params));
        return n;
    }

    private int updateAs(UUID tenant, String sql, Object... params) throws SQLException {
        Integer n = as(tenant, c -> update(c, sql, params));
        return n;
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }

    private static void insertOrganization(Connection c, UUID id) throws SQLException {
        update(c, "insert into organizations (organization_id, name, subscription, created_at, version) "
                + "values (?, 'Org', 'TRIAL', now(), 0)", id);
    }

    private static final String INSERT_CUSTOMER = "insert into customers (organization_id, id, name, may_call, may_sms, "
            + "may_email, opted_out, created_at, version) values (?, ?, ?, true, true, true, false, now(), 0)";

    @BeforeEach
    void twoTenants() throws SQLException {
        as(a, c -> {
            insertOrganization(c, a);
            return update(c, INSERT_CUSTOMER, a, aCustomer, "Alice of A");
        });
        as(b, c -> {
            insertOrganization(c, b);
            return null;
        });
    }

    @Test
    void tenant_b_selects_nothing_of_a() throws SQLException {
        assertThat(countAs(b, "select * from customers where id = ?", aCustomer)).isZero();
        assertThat(countAs(b, "select * from customers where organization_id = ?", a)).isZero();
        assertThat(countAs(b, "select * from organizations")).isEqualTo(1);
        assertThat(countAs(a, "select * from customers where id = ?", aCustomer)).isEqualTo(1);
    }

    @Test
    void tenant_b_updates_and_deletes_nothing_of_a_and_returning_returns_nothing() throws SQLException {
        assertThat(updateAs(b, "update customers set name = 'hijacked' where id = ?", aCustomer)).isZero();
        assertThat(updateAs(b, "delete from customers where organization_id = ?", a)).isZero();
        assertThat(countAs(b, "update customers set name = 'hijacked' where id = ? returning id", aCustomer))
                .isZero();
        assertThat(countAs(b, "delete from customers returning id")).isZero();
        assertThat(countAs(a, "select * from customers where id = ? and name = 'Alice of A'", aCustomer))
                .isEqualTo(1);
    }

    @Test
    void tenant_b_cannot_insert_rows_for_a_nor_move_its_own_rows_to_a() throws SQLException {
        assertThatThrownBy(() -> updateAs(b, INSERT_CUSTOMER, a, UUID.randomUUID(), "Planted"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        UUID bCustomer = UUID.randomUUID();
        updateAs(b, INSERT_CUSTOMER, b, bCustomer, "Bob of B");
        assertThatThrownBy(() -> updateAs(b, "update customers set organization_id = ? where id = ?", a,
                bCustomer)).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThat(countAs(a, "select * from customers")).isEqualTo(1);
    }

    @Test
    void insert_on_conflict_cannot_reach_a_row_of_a() throws SQLException {
        String upsert = INSERT_CUSTOMER + " on conflict (organization_id, id) do update set name = excluded.name";
        assertThatThrownBy(() -> updateAs(b, upsert, a, aCustomer, "Overwritten"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThat(updateAs(b, upsert, b, aCustomer, "Same id, own tenant")).isEqualTo(1);
        assertThat(countAs(a, "select * from customers where name = 'Alice of A'")).isEqualTo(1);
        assertThat(countAs(b, "select * from customers where id = ?", aCustomer)).isEqualTo(1);
    }

    @Test
    void the_search_functions_find_only_in_the_transactions_own_tenant_and_nothing_without_one() throws SQLException {
        String customers = "select * from search_customer_ids('%alice%', null, 'SYSTEM', ?, null, null, null, 10)";
        UUID nobody = new UUID(0, 0);
        assertThat(countAs(a, customers, nobody)).isEqualTo(1);
        assertThat(countAs(b, customers, nobody)).isZero();
        assertThat(countAs(null, customers, nobody)).isZero();
        String orders = "select * from search_special_order_ids('%alice%', 1, true, null, null, null, 10)";
        assertThat(countAs(null, orders)).isZero();
    }

    @Test
    void without_a_tenant_nothing_is_seen_and_nothing_is_written() throws SQLException {
        assertThat(countAs(null, "select * from customers")).isZero();
        assertThat(countAs(null, "select * from organizations")).isZero();
        assertThat(updateAs(null, "update customers set name = 'x'")).isZero();
        assertThat(updateAs(null, "delete from organizations")).isZero();
        assertThatThrownBy(() -> updateAs(null, INSERT_CUSTOMER, a, UUID.randomUUID(), "Orphan"))
                .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
    }

    @Test
    void the_tenant_setting_ends_with_its_transaction() throws SQLException {
        try (Connection c = db.app().getConnection()) {
            c.setAutoCommit(false);
            TenantSetting.apply(c, TenantId.of(a));
            assertThat(count(c, "select * from customers")).isEqualTo(1);
            c.commit();
            assertThat(count(c, "select * from customers")).isZero();
            c.commit();
        }
    }

    @Test
    void the_audit_log_is_append_only_for_the_application() throws SQLException {
        UUID event = UUID.randomUUID();
        updateAs(a, "insert into audit_events (organization_id, id, at, actor_kind, actor_id, action, target) "
                + "values (?, ?, ?, 'SYSTEM', ?, 'MEMBER_INVITED', 'x')", a, event, Timestamp.from(Instant.now()),
                UUID.randomUUID());
        assertThatThrownBy(() -> updateAs(a, "update audit_events set target = 'y' where id = ?", event))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> updateAs(a, "delete from audit_events where id = ?", event))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        assertThat(countAs(a, "select * from audit_events where id = ?", event)).isEqualTo(1);
    }

    @Test
    void the_application_role_cannot_switch_off_row_level_security() throws SQLException {
        assertThatThrownBy(() -> updateAs(a, "alter table customers disable row level security"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
        assertThatThrownBy(() -> updateAs(a, "set row_security = off; select 1"))
                .isInstanceOf(SQLException.class);
    }
}
