package org.soptrack.notify.email;

import java.util.LinkedHashMap;
import java.util.Map;
import org.soptrack.core.domain.notify.MessageContent;

/**
 * The e-mail headers a message asks for beyond sender, recipient and subject: the RFC 8058 one-click unsubscribe
 * headers of a message that has an unsubscribe link (RFC 2369 {@code List-Unsubscribe} with the HTTPS link, and
 * {@code List-Unsubscribe-Post} saying a POST there is the one click), and {@code Reply-To} when answers should go to
 * someone else than the sender. None otherwise.
 */
final class MailHeaders {

    private MailHeaders() {
    }

    static Map<String, String> of(MessageContent content) {
        Map<String, String> headers = new LinkedHashMap<>();
        content.unsubscribe().ifPresent(link -> {
            headers.put("List-Unsubscribe", "<" + link + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        });
        content.replyTo().ifPresent(address -> headers.put("Reply-To", address.value()));
        return headers;
    }
}
