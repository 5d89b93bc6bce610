package org.soptrack.core.domain.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.notify.MessageContent;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;

/**
 * A demo or support request from the public form: who sent it (name, dealership, e-mail, optional phone), their
 * message, and when it arrived.
 */
public record PublicRequest(UUID id, Kind kind, String name, String dealership, Email email,
                            Optional<PhoneNumber> phone, String message, Instant receivedAt) {

    /** What the sender asks for. */
    public enum Kind { DEMO, SUPPORT }

    public static final int MESSAGE_MAX = 4000;

    public PublicRequest {
        Require.present("id", id);
        Require.present("kind", kind);
        name = Require.text("name", name, 120);
        dealership = Require.text("dealership", dealership, 160);
        Require.present("email", email);
        Require.present("phone", phone);
        message = Require.freeText("message", message, MESSAGE_MAX);
        if (message.isEmpty()) {
            throw new InvalidValueException("message", "must not be blank");
        }
        Require.present("receivedAt", receivedAt);
    }

    /** The e-mail that tells the platform's operators about it; answering it from a mail client reaches the sender. */
    public MessageContent operatorMessage() {
        String subject = (kind == Kind.DEMO ? "Demo request" : "Support request") + " from " + dealership;
        String body = "A " + kind.name().toLowerCase() + " request arrived at " + receivedAt + ".\n\n"
                + "Name: " + name + "\nDealership: " + dealership + "\nE-mail: " + email.value()
                + "\nPhone: " + phone.map(PhoneNumber::value).orElse("(none)") + "\n\n" + message + "\n\n"
                + "Request id: " + id;
        return new MessageContent(subject, body).withReplyTo(email);
    }
}
