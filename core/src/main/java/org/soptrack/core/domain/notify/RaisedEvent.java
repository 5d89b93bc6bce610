package org.soptrack.core.domain.notify;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;

/**
 * One occurrence of an event, with the facts its messages are rendered from. The key names the occurrence ("the aging
 * threshold of order X"), so an event raised by a job that runs again is recorded, and sent, only once.
 */
public record RaisedEvent(UUID id, TenantId tenantId, NotificationEvent event, String key,
                          Optional<RooftopId> rooftopId, Instant at, Map<String, String> facts) {

    public RaisedEvent {
        Require.present("id", id);
        Require.present("tenantId", tenantId);
        Require.present("event", event);
        key = Require.text("key", key, 300);
        Require.present("rooftopId", rooftopId);
        Require.present("at", at);
        facts = Map.copyOf(Require.present("facts", facts));
    }
}
