package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** SQL over {@code notes}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoteRows extends GenericRepository<NoteRow, UUID> {

    void save(NoteRow row);

    @Query("""
            SELECT * FROM notes WHERE organization_id = :organizationId AND special_order_id = :orderId
             ORDER BY at DESC, id DESC LIMIT :limit""")
    List<NoteRow> onOrder(UUID organizationId, UUID orderId, int limit);

    @Query("""
            SELECT * FROM notes WHERE organization_id = :organizationId AND customer_id = :customerId
             ORDER BY at DESC, id DESC LIMIT :limit""")
    List<NoteRow> onCustomer(UUID organizationId, UUID customerId, int limit);
}
