package org.soptrack.server.wiring;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.port.out.LinkSignaturePort;
import org.soptrack.notify.HmacLinkSignatures;

/**
 * The key of the links that work without a sign-in ({@code SOPTRACK_LINK_SECRET}, at least 32 bytes): customers'
 * unsubscribe links carry an HMAC under it, so it must stay the same across restarts and instances. Unset, a random
 * one is made per start (links in e-mails sent before a restart then stop working) and a warning logged; too short,
 * the start stops.
 */
final class LinkKey {

    private static final Logger LOG = LoggerFactory.getLogger(LinkKey.class);

    private LinkKey() {
    }

    static LinkSignaturePort signatures(String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.warn("SOPTRACK_LINK_SECRET is not set: unsubscribe links are signed with a random key and stop working "
                    + "when this process ends");
            byte[] random = new byte[HmacLinkSignatures.MIN_KEY_BYTES];
            new SecureRandom().nextBytes(random);
            return new HmacLinkSignatures(random);
        }
        byte[] key = configured.getBytes(StandardCharsets.UTF_8);
        if (key.length < HmacLinkSignatures.MIN_KEY_BYTES) {
            throw new ConfigurationException("SOPTRACK_LINK_SECRET must be at least " + HmacLinkSignatures.MIN_KEY_BYTES
                    + " bytes long");
        }
        return new HmacLinkSignatures(key);
    }
}
