package org.soptrack.notify.email;

import java.util.LinkedHashMap;
import java.util.Map;
import org.soptrack.core.domain.notify.MessageContent;

/**
 * The RFC 8058 one-click unsubscribe headers of a message that has an unsubscribe link (RFC 2369 {@code List-Unsubscribe}
 * with the HTTPS link, and {@code List-Unsubscribe-Post} saying a POST there is the one click); none otherwise.
 */
final class Unsubscribe {

    private Unsubscribe() {
    }

    static Map<String, String> headers(MessageContent content) {
        Map<String, String> headers = new LinkedHashMap<>();
        content.unsubscribe().ifPresent(link -> {
            headers.put("List-Unsubscribe", "<" + link + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        });
        return headers;
    }
}
