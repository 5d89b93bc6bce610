package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.PageCursor;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.TextSearch;
import org.soptrack.core.port.out.UpdateResult;

/** Customers on PostgreSQL. */
@Singleton
public final class PostgresCustomerRepository implements CustomerRepository {

    private final CustomerRows rows;
    private final JdbcOperations jdbc;

    PostgresCustomerRepository(CustomerRows rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public void add(TenantId tenant, Customer customer) {
        rows.save(row(tenant, customer));
    }

    @Override
    public Optional<Customer> find(TenantId tenant, CustomerId id) {
        return rows.findByOrganizationIdAndId(tenant.value(), id.value()).map(PostgresCustomerRepository::customer);
    }

    @Override
    public List<Customer> findByPhone(TenantId tenant, PhoneNumber phone) {
        return rows.findByPhone(tenant.value(), phone.value()).stream().map(PostgresCustomerRepository::customer)
                .toList();
    }

    @Override
    public UpdateResult update(TenantId tenant, Customer customer) {
        return Columns.updateIf(rows.findVersionByOrganizationIdAndIdForUpdate(tenant.value(), customer.id().value()),
                customer.persistedVersion(), () -> rows.update(row(tenant, customer)));
    }

    @Override
    public Page<Customer> search(TenantId tenant, TextSearch search) {
        ActorRef by = search.registeredBy().orElse(ActorRef.system());
        List<UUID> ids = jdbc.prepareStatement("SELECT * FROM search_customer_ids(?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, SearchCalls.pattern(search.text()));
            s.setString(2, search.text().phoneDigits().orElse(null));
            s.setString(3, by.kind().name());
            s.setObject(4, by.id(), Types.OTHER);
            SearchCalls.bindPage(s, 5, search);
            return SearchCalls.ids(s);
        });
        List<CustomerRow> found = SearchCalls.rows(jdbc, "customers", tenant.value(), ids,
                PostgresCustomerRepository::row, CustomerRow::id);
        return Keyset.page(found, search.limit(), r -> new PageCursor(r.createdAt(), r.id()),
                page -> page.stream().map(PostgresCustomerRepository::customer).toList());
    }

    @Override
    public Page<Customer> reached(TenantId tenant, RooftopScope rooftops, Optional<PageCursor> after, int limit) {
        int size = Page.limit(limit);
        UUID[] only = rooftops.all() ? null : rooftops.rooftops().stream().map(RooftopId::value).toArray(UUID[]::new);
        List<CustomerRow> found = jdbc.prepareStatement("""
                SELECT * FROM customers c
                 WHERE c.organization_id = ?
                   AND (CAST(? AS uuid[]) IS NULL OR EXISTS (
                        SELECT 1 FROM special_orders o
                         WHERE o.organization_id = c.organization_id AND o.customer_id = c.id
                           AND o.rooftop_id = ANY (CAST(? AS uuid[]))))
                   AND (c.created_at, c.id) < (coalesce(CAST(? AS timestamptz), 'infinity'),
                                               coalesce(CAST(? AS uuid), 'ffffffff-ffff-ffff-ffff-ffffffffffff'))
                 ORDER BY c.created_at DESC, c.id DESC LIMIT ?""", s -> {
            s.setObject(1, tenant.value());
            java.sql.Array array = only == null ? null : s.getConnection().createArrayOf("uuid", only);
            s.setArray(2, array);
            s.setArray(3, array);
            s.setTimestamp(4, after.map(c -> Sql.time(c.at())).orElse(null));
            s.setObject(5, after.map(PageCursor::id).orElse(null), Types.OTHER);
            s.setInt(6, size + 1);
            List<CustomerRow> out = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
        return Keyset.page(found, size, r -> new PageCursor(r.createdAt(), r.id()),
                page -> page.stream().map(PostgresCustomerRepository::customer).toList());
    }

    private static CustomerRow row(ResultSet rs) throws SQLException {
        return new CustomerRow(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("phone"), rs.getString("email"), rs.getBoolean("may_call"),
                rs.getBoolean("may_sms"), rs.getBoolean("may_email"), rs.getBoolean("opted_out"),
                Sql.instant(rs, "created_at"), rs.getString("registered_by_kind"),
                Sql.uuid(rs, "registered_by_id").orElse(null), Sql.instant(rs, "restricted_at"), rs.getLong("version"));
    }

    private static CustomerRow row(TenantId tenant, Customer customer) {
        Customer.State s = customer.state();
        Customer.Contact c = s.contact();
        ContactPreferences p = c.preferences();
        return new CustomerRow(tenant.value(), s.id().value(), c.name(), c.phone().map(PhoneNumber::value).orElse(null),
                c.email().map(Email::value).orElse(null), p.call(), p.sms(), p.email(), p.optedOut(), s.createdAt(),
                s.registeredBy().map(a -> a.kind().name()).orElse(null), s.registeredBy().map(ActorRef::id).orElse(null),
                s.restrictedSince().orElse(null), customer.version());
    }

    private static Customer customer(CustomerRow row) {
        Customer.Contact contact = new Customer.Contact(row.name(), Optional.ofNullable(row.phone()).map(PhoneNumber::of),
                Optional.ofNullable(row.email()).map(Email::of),
                new ContactPreferences(row.mayCall(), row.maySms(), row.mayEmail(), row.optedOut()));
        return Customer.reconstitute(new Customer.State(new CustomerId(row.id()), TenantId.of(row.organizationId()),
                contact, row.createdAt(), Columns.actor(Optional.ofNullable(row.registeredByKind()),
                Optional.ofNullable(row.registeredById())), Optional.ofNullable(row.restrictedAt())), row.version());
    }
}
