package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.billing.BillingEvent;
import org.soptrack.core.domain.billing.BillingEventType;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Money;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.BillingEventRepository;
import org.soptrack.core.port.out.Expiry;

/** Billing records on PostgreSQL; a resent provider event meets the unique key and is not stored twice. */
@Singleton
public final class PostgresBillingEventRepository implements BillingEventRepository {

    private static final String COLUMNS = "id, provider_event_id, type, occurred_at, received_at, amount, currency, "
            + "invoice, billing_email, restricted_at";

    private final JdbcOperations jdbc;
    private final ExpiredRows expired;

    PostgresBillingEventRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.expired = new ExpiredRows(jdbc);
    }

    @Override
    public boolean add(TenantId tenant, BillingEvent e) {
        return jdbc.prepareStatement("INSERT INTO billing_events (organization_id, " + COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (organization_id, provider_event_id) DO NOTHING",
                s -> {
                    s.setObject(1, tenant.value());
                    s.setObject(2, e.id());
                    s.setString(3, e.providerEventId());
                    s.setString(4, e.type().name());
                    s.setTimestamp(5, Sql.time(e.occurredAt()));
                    s.setTimestamp(6, Sql.time(e.receivedAt()));
                    s.setBigDecimal(7, e.amount().map(Money::amount).orElse(null));
                    s.setString(8, e.currency().orElse(null));
                    s.setString(9, e.invoice().orElse(null));
                    s.setString(10, e.billingEmail().map(Email::value).orElse(null));
                    s.setTimestamp(11, Sql.time(e.restrictedAt()));
                    return s.executeUpdate() == 1;
                });
    }

    @Override
    public List<BillingEvent> findAll(TenantId tenant) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM billing_events WHERE organization_id = ? "
                + "ORDER BY occurred_at DESC, id DESC", s -> {
            s.setObject(1, tenant.value());
            List<BillingEvent> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(event(tenant, rs));
                }
            }
            return out;
        });
    }

    @Override
    public long countExpired(TenantId tenant, Expiry expiry) {
        return expired.count(tenant, expiry, "billing_events", condition(expiry));
    }

    @Override
    public int removeExpired(TenantId tenant, Expiry expiry) {
        return expired.delete(tenant, expiry, "billing_events", condition(expiry));
    }

    private static String condition(Expiry expiry) {
        if (expiry.category() != RetentionCategory.BILLING_RECORDS) {
            throw new IllegalArgumentException("Billing records are not " + expiry.category());
        }
        return "occurred_at < :cutoff";
    }

    private static BillingEvent event(TenantId tenant, ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new BillingEvent(rs.getObject("id", UUID.class), tenant, rs.getString("provider_event_id"),
                BillingEventType.valueOf(rs.getString("type")), Sql.instant(rs, "occurred_at"),
                Sql.instant(rs, "received_at"), Optional.ofNullable(amount).map(Money::new),
                Optional.ofNullable(rs.getString("currency")), Optional.ofNullable(rs.getString("invoice")),
                Optional.ofNullable(rs.getString("billing_email")).map(Email::new),
                Optional.ofNullable(Sql.instant(rs, "restricted_at")));
    }
}
