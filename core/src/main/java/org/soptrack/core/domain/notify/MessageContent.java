package org.soptrack.core.domain.notify;

import org.soptrack.core.domain.shared.Require;

/** A rendered message: a subject (used by e-mail) and the text or, for webhooks, the JSON body. */
public record MessageContent(String subject, String body) {

    /** What a sensitive message (a code, an invitation link) keeps once it no longer needs its text. */
    public static final MessageContent REDACTED = new MessageContent("(redacted)", "(redacted after delivery)");

    /** What a message to or about a person keeps once that person's data was erased (R-DSR-4). */
    public static final MessageContent ERASED = new MessageContent("(erased)", "(erased at the person's request)");

    public MessageContent {
        Require.present("subject", subject);
        Require.present("body", body);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("A message needs a body");
        }
    }
}
