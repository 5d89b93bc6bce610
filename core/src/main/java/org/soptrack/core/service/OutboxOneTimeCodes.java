package org.soptrack.core.service;

import java.util.Map;
import java.util.Optional;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.NotificationSettingsRepository;
import org.soptrack.core.port.out.OneTimeCodePort;
import org.soptrack.core.port.out.OutboxRepository;

/**
 * Sends login codes through the outbox, in the login's own transaction, by e-mail or SMS. The message is sensitive:
 * its text is replaced once it is delivered or dead, so the code does not outlive its use in the delivery log.
 */
public final class OutboxOneTimeCodes implements OneTimeCodePort {

    private final Notifications notifications;

    public OutboxOneTimeCodes(OutboxRepository outbox, NotificationSettingsRepository settings, ClockPort clock,
                              IdPort ids) {
        this.notifications = new Notifications(outbox, settings, clock, ids, Optional.empty());
    }

    @Override
    public void send(OneTimeCode code) {
        ChannelKind kind = code.channel() == MfaMethod.SMS_CODE ? ChannelKind.SMS : ChannelKind.EMAIL;
        notifications.account(code.tenant(), NotificationEvent.ONE_TIME_CODE, Destination.of(kind, code.destination()),
                Map.of("code", code.code(), "expires", code.expiresAt().toString()));
    }
}
