package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code customers}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CustomerRows extends GenericRepository<CustomerRow, UUID> {

    void save(CustomerRow row);

    Optional<CustomerRow> findByOrganizationIdAndId(UUID organizationId, UUID id);

    @Query("""
            SELECT * FROM customers WHERE organization_id = :organizationId AND phone = :phone
             ORDER BY created_at, id LIMIT 100""")
    List<CustomerRow> findByPhone(UUID organizationId, String phone);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE customers SET name = :name, phone = :phone, email = :email, may_call = :mayCall,
                   may_sms = :maySms, may_email = :mayEmail, opted_out = :optedOut, restricted_at = :restrictedAt,
                   version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(CustomerRow row);
}
