package org.soptrack.core.port.out;

import java.net.URI;
import java.util.Optional;

/**
 * Whether staff may point a webhook at a URL (R-SEC-9): only public HTTPS endpoints, unless the deployment allows
 * more. Asked when the URL is saved; the channel asks again when it connects, since a name may resolve elsewhere by
 * then.
 */
public interface WebhookAddressPort {

    /** Why messages may not go to {@code url}, or empty when they may. */
    Optional<String> refusal(URI url);

    /** Allows every URL: for tests, and for embedders who guard outbound traffic elsewhere (an egress proxy). */
    static WebhookAddressPort anyAddress() {
        return url -> Optional.empty();
    }
}
