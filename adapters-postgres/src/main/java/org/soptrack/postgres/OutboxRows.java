package org.soptrack.postgres;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;

/** Maps a row of {@code outbox_messages} to the message it stores. */
final class OutboxRows {

    private OutboxRows() {
    }

    static OutboxMessage message(ResultSet rs) throws SQLException {
        OutboxMessage.State state = new OutboxMessage.State(rs.getObject("id", UUID.class),
                TenantId.of(rs.getObject("organization_id", UUID.class)), rs.getObject("event_id", UUID.class),
                NotificationEvent.valueOf(rs.getString("event")), Sql.uuid(rs, "rooftop_id").map(RooftopId::of),
                Sql.uuid(rs, "customer_id").map(CustomerId::new),
                new Destination(ChannelKind.valueOf(rs.getString("channel")), rs.getString("address"),
                        Sql.map(rs, "credential")),
                new MessageContent(rs.getString("subject"), rs.getString("body"),
                        Optional.ofNullable(rs.getString("unsubscribe_url")).map(URI::create)), rs.getBoolean("sensitive"),
                OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "next_attempt_at"),
                Optional.ofNullable(Sql.instant(rs, "settled_at")), Optional.ofNullable(rs.getString("last_error")));
        return OutboxMessage.reconstitute(state, rs.getLong("version"));
    }
}
