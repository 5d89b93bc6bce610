package org.soptrack.core.service;

import java.util.List;
import java.util.Map;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.tenancy.Actor;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SendTestNotificationUseCase;

/** A test message through the outbox, so it travels exactly as real ones do. */
public final class SendTestNotificationService implements SendTestNotificationUseCase {

    private final UseCaseContext ctx;
    private final NotificationSettingsService settings;
    private final Notifications notifications;

    SendTestNotificationService(UseCaseContext ctx, NotificationSettingsService settings, Notifications notifications) {
        this.ctx = ctx;
        this.settings = settings;
        this.notifications = notifications;
    }

    @Override
    public Outcome<List<OutboxMessage>> send(Actor actor, RooftopId rooftop, ChannelKind channel) {
        return settings.atRooftop(actor, rooftop, access -> {
            List<OutboxMessage> sent = notifications.test(actor.tenantId(), rooftop, channel,
                    Map.of("sender", access.actor().kind().name().toLowerCase() + " " + access.actor().id()));
            if (sent.isEmpty()) {
                return Outcome.rejected(NO_RECIPIENT, "This rooftop has no " + channel + " recipient to test");
            }
            ctx.audit.record(actor.tenantId(), access.actor(), AuditAction.TEST_NOTIFICATION_SENT,
                    "rooftop:" + rooftop, Map.of("channel", channel.name(), "messages", Integer.toString(sent.size())));
            return Outcome.ok(sent);
        });
    }
}
