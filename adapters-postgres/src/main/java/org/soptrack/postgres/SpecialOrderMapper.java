package org.soptrack.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.sop.Deposit;
import org.soptrack.core.domain.sop.DepositState;
import org.soptrack.core.domain.sop.KeepDecision;
import org.soptrack.core.domain.sop.PartNumber;
import org.soptrack.core.domain.sop.RoNumber;
import org.soptrack.core.domain.sop.SopNumber;
import org.soptrack.core.domain.sop.SopStatus;
import org.soptrack.core.domain.sop.SpecialOrder;
import org.soptrack.core.domain.sop.SpecialOrderDetails;
import org.soptrack.core.domain.sop.SpecialOrderId;
import org.soptrack.core.domain.sop.StatusChange;
import org.soptrack.core.domain.sop.Vehicle;
import org.soptrack.core.domain.sop.Vendor;

/** Special orders to an order row plus transition rows, and back. */
final class SpecialOrderMapper {

    private SpecialOrderMapper() {
    }

    static SpecialOrderRow row(TenantId tenant, SpecialOrder order) {
        SpecialOrder.State s = order.state();
        SpecialOrderDetails d = s.details();
        Optional<Deposit> deposit = d.deposit();
        Optional<KeepDecision> keep = s.keep();
        return new SpecialOrderRow(tenant.value(), s.id().value(), s.rooftopId().value(), s.sopNumber().value(),
                d.customerId().value(), d.vehicle().year(), d.vehicle().make(), d.vehicle().model(),
                Columns.orNull(d.vehicle().vin()), d.roNumber().value(), d.partNumber().value(), d.description(),
                d.quantity(), d.vendor().name(), d.unitPrice().amount(), Columns.orNull(d.eta()),
                Columns.orNull(d.orderDate()), Columns.orNull(d.binLocation()),
                deposit.map(x -> x.amount().amount()).orElse(null), deposit.map(x -> x.state().name()).orElse(null),
                deposit.flatMap(Deposit::paidAt).orElse(null), d.nonReturnable(), d.notes(), s.status().name(),
                Columns.orNull(s.receivedAt()), keep.map(k -> k.by().kind().name()).orElse(null),
                keep.map(k -> k.by().id()).orElse(null), keep.map(KeepDecision::at).orElse(null),
                keep.map(KeepDecision::reason).orElse(null), s.createdBy().kind().name(), s.createdBy().id(),
                s.createdAt(), s.updatedAt(), order.version());
    }

    /** The history entries from {@code stored} on (those already saved are left alone), numbered from 1. */
    static List<TransitionRow> transitions(TenantId tenant, SpecialOrder order, int stored) {
        List<StatusChange> history = order.history();
        return IntStream.range(stored, history.size()).mapToObj(i -> {
            StatusChange c = history.get(i);
            return new TransitionRow(tenant.value(), order.id().value(), i + 1, c.from().name(), c.to().name(),
                    c.by().kind().name(), c.by().id(), c.at(), Columns.orNull(c.reason()));
        }).toList();
    }

    /** The row at the result set's cursor, from {@code SELECT * FROM special_orders}. */
    static SpecialOrderRow row(ResultSet rs) throws SQLException {
        return new SpecialOrderRow(rs.getObject("organization_id", UUID.class), rs.getObject("id", UUID.class),
                rs.getObject("rooftop_id", UUID.class), rs.getLong("sop_number"), rs.getObject("customer_id", UUID.class),
                rs.getInt("vehicle_year"), rs.getString("vehicle_make"), rs.getString("vehicle_model"),
                rs.getString("vehicle_vin"), rs.getString("ro_number"), rs.getString("part_number"),
                rs.getString("description"), rs.getInt("quantity"), rs.getString("vendor"),
                rs.getBigDecimal("unit_price"), rs.getObject("eta", LocalDate.class),
                rs.getObject("order_date", LocalDate.class), rs.getString("bin_location"),
                rs.getBigDecimal("deposit_amount"), rs.getString("deposit_state"), Sql.instant(rs, "deposit_paid_at"),
                rs.getBoolean("non_returnable"), rs.getString("notes"), rs.getString("status"),
                Sql.instant(rs, "received_at"), rs.getString("kept_by_kind"), rs.getObject("kept_by_id", UUID.class),
                Sql.instant(rs, "kept_at"), rs.getString("keep_reason"), rs.getString("created_by_kind"),
                rs.getObject("created_by_id", UUID.class), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getLong("version"));
    }

    /** The row at the result set's cursor, from {@code SELECT * FROM special_order_transitions}. */
    static TransitionRow transition(ResultSet rs) throws SQLException {
        return new TransitionRow(rs.getObject("organization_id", UUID.class),
                rs.getObject("special_order_id", UUID.class), rs.getInt("seq"), rs.getString("from_status"),
                rs.getString("to_status"), rs.getString("actor_kind"), rs.getObject("actor_id", UUID.class),
                Sql.instant(rs, "at"), rs.getString("reason"));
    }

    static SpecialOrder order(SpecialOrderRow r, List<TransitionRow> transitions) {
        Optional<Deposit> deposit = Optional.ofNullable(r.depositAmount()).map(amount -> new Deposit(new Money(amount),
                DepositState.valueOf(r.depositState()), Optional.ofNullable(r.depositPaidAt())));
        SpecialOrderDetails details = new SpecialOrderDetails(new CustomerId(r.customerId()),
                new Vehicle(r.vehicleYear(), r.vehicleMake(), r.vehicleModel(), Optional.ofNullable(r.vehicleVin())),
                RoNumber.of(r.roNumber()), PartNumber.of(r.partNumber()), r.description(), r.quantity(),
                Vendor.of(r.vendor()), new Money(r.unitPrice()), Optional.ofNullable(r.eta()),
                Optional.ofNullable(r.orderDate()), Optional.ofNullable(r.binLocation()), deposit, r.nonReturnable(),
                r.notes());
        Optional<KeepDecision> keep = Optional.ofNullable(r.keptAt()).map(at -> new KeepDecision(
                Columns.actor(r.keptByKind(), r.keptById()), at, r.keepReason()));
        List<StatusChange> history = transitions.stream().map(t -> new StatusChange(SopStatus.valueOf(t.fromStatus()),
                SopStatus.valueOf(t.toStatus()), Columns.actor(t.actorKind(), t.actorId()), t.at(),
                Optional.ofNullable(t.reason()))).toList();
        return SpecialOrder.reconstitute(new SpecialOrder.State(new SpecialOrderId(r.id()),
                TenantId.of(r.organizationId()), RooftopId.of(r.rooftopId()), SopNumber.of(r.sopNumber()), details,
                SopStatus.valueOf(r.status()), Optional.ofNullable(r.receivedAt()), keep, history,
                Columns.actor(r.createdByKind(), r.createdById()), r.createdAt(), r.updatedAt()), r.version());
    }
}
