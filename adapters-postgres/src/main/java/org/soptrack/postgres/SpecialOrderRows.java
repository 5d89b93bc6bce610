package org.soptrack.postgres;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL over {@code special_orders} (the list is in {@link PostgresSpecialOrderRepository#SEARCH}). A rooftop scope travels as {@code allRooftops} plus an array of rooftop ids; an
 * empty status array means any status.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SpecialOrderRows extends GenericRepository<SpecialOrderRow, UUID> {

    String IN_SCOPE = "(:allRooftops OR rooftop_id = ANY (CAST(:rooftops AS uuid[])))";

    void save(SpecialOrderRow row);

    Optional<SpecialOrderRow> findByOrganizationIdAndId(UUID organizationId, UUID id);

    Optional<Long> findVersionByOrganizationIdAndIdForUpdate(UUID organizationId, UUID id);

    @Query("""
            UPDATE special_orders SET customer_id = :customerId, vehicle_year = :vehicleYear,
                   vehicle_make = :vehicleMake, vehicle_model = :vehicleModel, vehicle_vin = :vehicleVin,
                   ro_number = :roNumber, part_number = :partNumber, description = :description,
                   quantity = :quantity, vendor = :vendor, unit_price = :unitPrice, eta = :eta,
                   order_date = :orderDate, bin_location = :binLocation, deposit_amount = :depositAmount,
                   deposit_state = :depositState, deposit_paid_at = :depositPaidAt,
                   non_returnable = :nonReturnable, notes = :notes, status = :status, received_at = :receivedAt,
                   kept_by_kind = :keptByKind, kept_by_id = :keptById, kept_at = :keptAt,
                   keep_reason = :keepReason, updated_at = :updatedAt, version = :version
             WHERE organization_id = :organizationId AND id = :id""")
    void update(SpecialOrderRow row);

    /** From the counts migration V25's triggers keep: the board's numbers without counting rows. */
    @Query("SELECT status, CAST(sum(orders) AS bigint) AS orders FROM special_order_counts WHERE organization_id = :organizationId AND "
            + IN_SCOPE + " GROUP BY status HAVING sum(orders) > 0")
    List<StatusCount> countByStatus(UUID organizationId, boolean allRooftops, String[] rooftops);

    @Query("SELECT * FROM special_orders WHERE organization_id = :organizationId AND " + IN_SCOPE
            + " AND status IN ('RECEIVED', 'CUSTOMER_NOTIFIED', 'SCHEDULED') ORDER BY received_at, id")
    List<SpecialOrderRow> findOnShelf(UUID organizationId, boolean allRooftops, String[] rooftops);

    @Query("""
            SELECT * FROM special_orders
             WHERE organization_id = :organizationId AND rooftop_id = :rooftopId AND part_number = :partNumber
               AND status IN ('ORDERED', 'BACKORDERED')
             ORDER BY created_at, id LIMIT :limit""")
    List<SpecialOrderRow> findWaiting(UUID organizationId, UUID rooftopId, String partNumber, int limit);

    List<SpecialOrderRow> findByOrganizationIdAndRooftopIdAndRoNumberOrderBySopNumber(UUID organizationId,
                                                                                      UUID rooftopId, String roNumber);
}
