package org.soptrack.postgres;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.RooftopNotifications;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.NotificationSettingsRepository;

/** Rooftop notification settings on PostgreSQL: recipients in columns, routes as 'EVENT:CHANNEL' pairs. */
@Singleton
public final class PostgresNotificationSettingsRepository implements NotificationSettingsRepository {

    private static final String SELECT = "SELECT rooftop_id, emails, groupme_bot_id, sms_numbers, webhook_url, "
            + "webhook_secret, routes, customer_events, " + Sql.mapColumns("accounts", "account")
            + " FROM notification_settings WHERE organization_id = ?";

    private final JdbcOperations jdbc;

    PostgresNotificationSettingsRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RooftopNotifications> find(TenantId tenant, RooftopId rooftop) {
        return read(SELECT + " AND rooftop_id = ?", tenant, Optional.of(rooftop)).stream().findFirst();
    }

    @Override
    public List<RooftopNotifications> findAll(TenantId tenant) {
        return read(SELECT + " ORDER BY rooftop_id", tenant, Optional.empty());
    }

    @Override
    public void save(TenantId tenant, RooftopNotifications n) {
        RooftopNotifications.Recipients r = n.recipients();
        List<String> routes = new ArrayList<>();
        n.routes().forEach((event, kinds) -> kinds.forEach(kind -> routes.add(event.name() + ":" + kind.name())));
        Map<String, String> accounts = new LinkedHashMap<>();
        n.accounts().forEach((kind, account) -> account.forEach((k, v) -> accounts.put(kind.name() + "." + k, v)));
        jdbc.prepareStatement("""
                INSERT INTO notification_settings AS s (organization_id, rooftop_id, emails, groupme_bot_id,
                       sms_numbers, webhook_url, webhook_secret, routes, customer_events, accounts, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), 0)
                ON CONFLICT (organization_id, rooftop_id) DO UPDATE SET emails = excluded.emails,
                       groupme_bot_id = excluded.groupme_bot_id, sms_numbers = excluded.sms_numbers,
                       webhook_url = excluded.webhook_url, webhook_secret = excluded.webhook_secret,
                       routes = excluded.routes, customer_events = excluded.customer_events,
                       accounts = excluded.accounts, version = s.version + 1""", s -> {
            s.setObject(1, tenant.value());
            s.setObject(2, n.rooftopId().value());
            s.setArray(3, Sql.texts(s.getConnection(), r.emails().stream().map(Email::value).toList()));
            s.setString(4, r.groupMeBotId().orElse(null));
            s.setArray(5, Sql.texts(s.getConnection(), r.smsNumbers().stream().map(PhoneNumber::value).toList()));
            s.setString(6, r.webhook().map(RooftopNotifications.Webhook::url).orElse(null));
            s.setString(7, r.webhook().map(RooftopNotifications.Webhook::secret).orElse(null));
            s.setArray(8, Sql.texts(s.getConnection(), routes));
            s.setArray(9, Sql.texts(s.getConnection(), n.customerEvents().stream().map(Enum::name).toList()));
            Sql.map(s, 10, accounts);
            return s.executeUpdate();
        });
    }

    private List<RooftopNotifications> read(String sql, TenantId tenant, Optional<RooftopId> rooftop) {
        return jdbc.prepareStatement(sql, s -> {
            s.setObject(1, tenant.value());
            if (rooftop.isPresent()) {
                s.setObject(2, rooftop.get().value());
            }
            List<RooftopNotifications> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(settings(rs));
                }
            }
            return out;
        });
    }

    private static RooftopNotifications settings(ResultSet rs) throws SQLException {
        Optional<String> url = Optional.ofNullable(rs.getString("webhook_url"));
        String secret = rs.getString("webhook_secret");
        RooftopNotifications.Recipients recipients = new RooftopNotifications.Recipients(
                Sql.texts(rs, "emails").stream().map(Email::of).toList(),
                Optional.ofNullable(rs.getString("groupme_bot_id")),
                Sql.texts(rs, "sms_numbers").stream().map(PhoneNumber::of).toList(),
                url.map(u -> new RooftopNotifications.Webhook(u, secret)));
        Map<NotificationEvent, Set<ChannelKind>> routes = new EnumMap<>(NotificationEvent.class);
        for (String pair : Sql.texts(rs, "routes")) {
            String[] parts = pair.split(":", 2);
            routes.computeIfAbsent(NotificationEvent.valueOf(parts[0]), e -> EnumSet.noneOf(ChannelKind.class))
                    .add(ChannelKind.valueOf(parts[1]));
        }
        Map<ChannelKind, Map<String, String>> accounts = new EnumMap<>(ChannelKind.class);
        Sql.map(rs, "account").forEach((key, value) -> {
            String[] parts = key.split("\\.", 2);
            accounts.computeIfAbsent(ChannelKind.valueOf(parts[0]), k -> new LinkedHashMap<>()).put(parts[1], value);
        });
        Set<NotificationEvent> customerEvents = EnumSet.noneOf(NotificationEvent.class);
        Sql.texts(rs, "customer_events").forEach(e -> customerEvents.add(NotificationEvent.valueOf(e)));
        return new RooftopNotifications(RooftopId.of(rs.getObject("rooftop_id", UUID.class)), recipients, routes,
                customerEvents, accounts);
    }
}
