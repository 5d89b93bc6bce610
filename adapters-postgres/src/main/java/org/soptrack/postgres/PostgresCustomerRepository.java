package org.soptrack.postgres;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.port.out.CustomerRepository;
import org.soptrack.core.port.out.UpdateResult;

/** Customers on PostgreSQL. */
@Singleton
public final class PostgresCustomerRepository implements CustomerRepository {

    private final CustomerRows rows;

    PostgresCustomerRepository(CustomerRows rows) {
        this.rows = rows;
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
