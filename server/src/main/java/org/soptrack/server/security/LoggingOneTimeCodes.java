package org.soptrack.server.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.port.out.OneTimeCodePort;

/**
 * Until the notification channels are wired, one-time login codes are written to the server log (logger
 * {@code soptrack.one-time-codes}) so a developer or an operator of a test deployment can read them. A deployment
 * with real users must not rely on this: it replaces the {@link OneTimeCodePort} bean with one that e-mails or texts.
 */
public final class LoggingOneTimeCodes implements OneTimeCodePort {

    private static final Logger LOG = LoggerFactory.getLogger("soptrack.one-time-codes");

    @Override
    public void send(OneTimeCode code) {
        LOG.info("One-time login code {} for member {} by {} to {} (valid until {})", code.code(), code.member(),
                code.channel(), code.destination(), code.expiresAt());
    }
}
