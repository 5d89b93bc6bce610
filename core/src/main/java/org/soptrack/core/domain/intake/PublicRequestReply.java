package org.soptrack.core.domain.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.Require;

/**
 * An operator's answer to a public request, e-mailed to the requester from the deployment's sender; {@code sentAt}
 * once it went out. It is kept with its request and goes with it.
 */
public record PublicRequestReply(UUID id, UUID requestId, OperatorId operator, String message, Instant createdAt,
                                 Optional<Instant> sentAt) {

    public static final int MESSAGE_MAX = PublicRequest.MESSAGE_MAX;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu").withZone(ZoneOffset.UTC);

    public PublicRequestReply {
        Require.present("id", id);
        Require.present("requestId", requestId);
        Require.present("operator", operator);
        message = Require.freeText("message", message, MESSAGE_MAX);
        if (message.isEmpty()) {
            throw new InvalidValueException("message", "must not be blank");
        }
        Require.present("createdAt", createdAt);
        Require.present("sentAt", sentAt);
    }

    /** The e-mail to the requester: the answer, then their own message quoted; answers go to {@code replyTo}. */
    public MessageContent email(PublicRequest request, Optional<Email> replyTo) {
        String subject = "Re: your " + request.kind().name().toLowerCase() + " request to soptrack";
        StringBuilder body = new StringBuilder("Hello ").append(request.name()).append(",\n\n").append(message)
                .append("\n\n-- \nsoptrack support\n\nOn ").append(DAY.format(request.receivedAt()))
                .append(" you wrote:\n");
        request.message().lines().forEach(line -> body.append("> ").append(line).append('\n'));
        MessageContent content = new MessageContent(subject, body.toString());
        return replyTo.map(content::withReplyTo).orElse(content);
    }
}
