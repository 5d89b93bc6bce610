package org.soptrack.core.domain.notify;

import java.net.URI;
import java.util.Optional;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Require;

/**
 * A rendered message: a subject (used by e-mail) and the text or, for webhooks, the JSON body; for an e-mail to a
 * customer, the link that unsubscribes them in one click (sent as RFC 8058 {@code List-Unsubscribe} headers too); for
 * an e-mail whose answers should reach someone else than the sender, that address ({@code Reply-To}). The outbox keeps
 * neither a {@code Reply-To} nor needs one: only the platform's own e-mails (to its operators and to people who wrote
 * through the public form) carry it, and they are not an organization's messages.
 */
public record MessageContent(String subject, String body, Optional<URI> unsubscribe, Optional<Email> replyTo) {

    /** What a sensitive message (a code, an invitation link) keeps once it no longer needs its text. */
    public static final MessageContent REDACTED = new MessageContent("(redacted)", "(redacted after delivery)");

    /** What a message to or about a person keeps once that person's data was erased (R-DSR-4). */
    public static final MessageContent ERASED = new MessageContent("(erased)", "(erased at the person's request)");

    public MessageContent {
        Require.present("subject", subject);
        Require.present("body", body);
        Require.present("unsubscribe", unsubscribe);
        Require.present("replyTo", replyTo);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("A message needs a body");
        }
        unsubscribe.ifPresent(link -> {
            if (!link.isAbsolute() || !link.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("An unsubscribe link must be an absolute http(s) URL");
            }
        });
    }

    public MessageContent(String subject, String body, Optional<URI> unsubscribe) {
        this(subject, body, unsubscribe, Optional.empty());
    }

    public MessageContent(String subject, String body) {
        this(subject, body, Optional.empty(), Optional.empty());
    }

    /** The same message with its unsubscribe link, which the text names at its end too. */
    public MessageContent withUnsubscribe(URI link) {
        return new MessageContent(subject, body + "\n\nTo stop e-mails like this one: " + link, Optional.of(link),
                replyTo);
    }

    /** The same message, answered to {@code address} rather than to its sender. */
    public MessageContent withReplyTo(Email address) {
        return new MessageContent(subject, body, unsubscribe, Optional.of(address));
    }
}
