package org.soptrack.core.port.out;

import java.time.Instant;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.domain.shared.TenantId;

/**
 * Delivers a one-time login code by e-mail or SMS (R-SEC-3). It is account-transactional: no preference switches it
 * off. Called inside the login's transaction; a code that goes out for a login that then fails is harmless.
 */
public interface OneTimeCodePort {

    void send(OneTimeCode code);

    /** A code for {@code member}, to go by {@code channel} to {@code destination}, valid until {@code expiresAt}. */
    record OneTimeCode(TenantId tenant, MemberId member, MfaMethod channel, String destination, String code,
                       Instant expiresAt) {
        public OneTimeCode {
            Require.present("tenant", tenant);
            Require.present("member", member);
            Require.present("channel", channel);
            Require.present("destination", destination);
            Require.present("code", code);
            Require.present("expiresAt", expiresAt);
            if (!channel.sendsCode()) {
                throw new IllegalArgumentException(channel + " codes are not sent");
            }
        }

        @Override
        public String toString() {
            return "OneTimeCode[" + channel + " to member " + member + "]";
        }
    }
}
