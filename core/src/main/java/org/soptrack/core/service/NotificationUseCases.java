package org.soptrack.core.service;

import org.soptrack.core.port.in.DeliveryLogUseCase;
import org.soptrack.core.port.in.NotificationSettingsUseCase;
import org.soptrack.core.port.in.SendTestNotificationUseCase;
import org.soptrack.core.port.in.TimedNotificationsUseCase;

/** Who hears of what at each rooftop, the delivery log, test messages and the events raised by the clock. */
public record NotificationUseCases(NotificationSettingsUseCase notificationSettings, DeliveryLogUseCase deliveryLog,
                                   SendTestNotificationUseCase sendTestNotification,
                                   TimedNotificationsUseCase timedNotifications) {

    static NotificationUseCases of(Shared s) {
        CorePorts p = s.ports();
        NotificationSettingsService settings = new NotificationSettingsService(s.ctx(), p.rooftops(),
                p.notificationSettings(), s.notifications(), p.webhookAddresses());
        return new NotificationUseCases(settings, new DeliveryLogService(s.ctx(), p.outbox()),
                new SendTestNotificationService(s.ctx(), settings, s.notifications()),
                new TimedNotificationsService(p, s.followUps(), s.orderEvents()));
    }
}
