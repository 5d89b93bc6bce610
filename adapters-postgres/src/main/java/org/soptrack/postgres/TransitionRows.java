package org.soptrack.postgres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** SQL over {@code special_order_transitions}: history is appended, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TransitionRows extends GenericRepository<TransitionRow, UUID> {

    void saveAll(Iterable<TransitionRow> rows);

    long countByOrganizationIdAndSpecialOrderId(UUID organizationId, UUID specialOrderId);
}
