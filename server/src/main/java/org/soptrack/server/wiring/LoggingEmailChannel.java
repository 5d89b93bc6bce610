package org.soptrack.server.wiring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.port.out.NotificationChannelPort;

/**
 * The e-mail channel of a deployment with no e-mail provider: writes each message to the log so a developer can read
 * sign-in codes and invitation links. It logs personal data; a deployment with real users configures SMTP or an API.
 */
final class LoggingEmailChannel implements NotificationChannelPort {

    static final String LOGGER = "soptrack.mail-log";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        LOG.info("E-mail to {} — {}\n{}", delivery.destination().address(), delivery.content().subject(),
                delivery.content().body());
        return new DeliveryResult.Delivered("written to the log " + LOGGER);
    }
}
