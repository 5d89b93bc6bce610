package org.soptrack.postgres;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** SQL over {@code contact_attempts}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactAttemptRows extends GenericRepository<ContactAttemptRow, UUID> {

    void save(ContactAttemptRow row);

    List<ContactAttemptRow> findByOrganizationIdAndRooftopIdAndRoNumberOrderByAt(UUID organizationId, UUID rooftopId,
                                                                                 String roNumber);
}
