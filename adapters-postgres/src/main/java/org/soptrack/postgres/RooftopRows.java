package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL over {@code rooftops}, converting intervals and the vendor-window object in the database. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RooftopRows extends GenericRepository<RooftopRow, UUID> {

    String SELECT = """
            SELECT organization_id, id, name, brand, city, state_code, country,
                   CAST(extract(epoch FROM aging_threshold) AS bigint) AS aging_threshold_seconds,
                   CAST(extract(epoch FROM default_return_window) AS bigint) AS default_return_window_seconds,
                   CAST(ARRAY(SELECT key FROM jsonb_each_text(vendor_return_windows) ORDER BY key) AS text[])
                       AS vendor_keys,
                   CAST(ARRAY(SELECT value FROM jsonb_each_text(vendor_return_windows) ORDER BY key) AS text[])
                       AS vendor_window_seconds,
                   CAST(extract(epoch FROM deadline_near_window) AS bigint) AS deadline_near_window_seconds,
                   CAST(extract(epoch FROM first_contact_delay) AS bigint) AS first_contact_delay_seconds,
                   CAST(extract(epoch FROM recycle_every) AS bigint) AS recycle_every_seconds,
                   CAST(extract(epoch FROM daily_within) AS bigint) AS daily_within_seconds,
                   wait_for_all_parts, created_at, version
              FROM rooftops
            """;

    @Query("""
            INSERT INTO rooftops (organization_id, id, name, brand, city, state_code, country, aging_threshold,
                   default_return_window, vendor_return_windows, deadline_near_window, first_contact_delay,
                   recycle_every, daily_within, wait_for_all_parts, created_at, version)
            VALUES (:organizationId, :id, :name, :brand, :city, :stateCode, :country,
                   make_interval(secs => :agingThresholdSeconds),
                   make_interval(secs => :defaultReturnWindowSeconds),
                   jsonb_object(CAST(:vendorKeys AS text[]), CAST(:vendorWindowSeconds AS text[])),
                   make_interval(secs => :deadlineNearWindowSeconds), make_interval(secs => :firstContactDelaySeconds),
                   make_interval(secs => :recycleEverySeconds), make_interval(secs => :dailyWithinSeconds),
                   :waitForAllParts, :createdAt, :version)""")
    void insert(RooftopRow row);

    @Query(SELECT + "WHERE organization_id = :organizationId AND id = :id")
    Optional<RooftopRow> find(UUID organizationId, UUID id);

    @Query(SELECT + "WHERE organization_id = :organizationId ORDER BY name, id")
    List<RooftopRow> findAll(UUID organizationId);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE rooftops SET name = :name, brand = :brand, city = :city, state_code = :stateCode, country = :country,
                   aging_threshold = make_interval(secs => :agingThresholdSeconds),
                   default_return_window = make_interval(secs => :defaultReturnWindowSeconds),
                   vendor_return_windows = jsonb_object(CAST(:vendorKeys AS text[]), CAST(:vendorWindowSeconds AS text[])),
                   deadline_near_window = make_interval(secs => :deadlineNearWindowSeconds),
                   first_contact_delay = make_interval(secs => :firstContactDelaySeconds),
                   recycle_every = make_interval(secs => :recycleEverySeconds),
                   daily_within = make_interval(secs => :dailyWithinSeconds),
                   wait_for_all_parts = :waitForAllParts, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(RooftopRow row);
}
