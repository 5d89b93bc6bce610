package org.soptrack.server.security;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.soptrack.core.service.LinkSecret;

/**
 * The key of the links that work without a sign-in ({@code SOPTRACK_LINK_SECRET}, at least 32 bytes): customers'
 * unsubscribe links carry an HMAC under it, so it must stay the same across restarts and instances. Unset, a random
 * one is made per start (links in e-mails sent before a restart then stop working); too short, the start stops.
 */
public final class LinkSecrets {

    private static final Logger LOG = LoggerFactory.getLogger(LinkSecrets.class);

    private LinkSecrets() {
    }

    public static LinkSecret of(String configured) {
        if (configured == null || configured.isBlank()) {
            LOG.warn("SOPTRACK_LINK_SECRET is not set: unsubscribe links are signed with a random key and stop working "
                    + "when this process ends");
            return LinkSecret.random();
        }
        byte[] key = configured.getBytes(StandardCharsets.UTF_8);
        if (key.length < LinkSecret.MIN_BYTES) {
            throw new ConfigurationException("SOPTRACK_LINK_SECRET must be at least " + LinkSecret.MIN_BYTES
                    + " bytes long");
        }
        return LinkSecret.of(key);
    }
}
