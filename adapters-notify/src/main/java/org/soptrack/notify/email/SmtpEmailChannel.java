package org.soptrack.notify.email;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.port.out.NotificationChannelPort;

/**
 * E-mail over SMTP with Eclipse Angus Mail (the maintained Jakarta Mail implementation). The message id is built
 * from the idempotency key, so a re-sent copy carries the same {@code Message-ID} and mail systems that deduplicate
 * drop it. A customer's e-mail carries the RFC 8058 one-click unsubscribe headers. A 5xx reply or a malformed address is permanent; a 4xx reply or no connection is transient.
 */
public final class SmtpEmailChannel implements NotificationChannelPort {

    /** The SMTP server and the sender; STARTTLS is required when {@code startTls} is on. */
    public record Server(String host, int port, boolean startTls, Optional<String> username, Optional<String> password,
                         String from, Duration timeout) {
        @Override
        public String toString() {
            return "Server[" + host + ":" + port + (username.isPresent() ? " as " + username.get() : "") + "]";
        }
    }

    private final Server server;
    private final Session session;

    public SmtpEmailChannel(Server server) {
        this.server = server;
        Properties props = new Properties();
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", Integer.toString(server.port()));
        String millis = Long.toString(server.timeout().toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        props.put("mail.smtp.auth", Boolean.toString(server.username().isPresent()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(server.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(server.startTls()));
        this.session = Session.getInstance(props);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        String messageId = "<" + delivery.idempotencyKey() + "@soptrack>";
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            message.setFrom(new InternetAddress(delivery.destination().credentials()
                    .getOrDefault("from", server.from()), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(delivery.destination().address(), true));
            message.setSubject(delivery.content().subject(), StandardCharsets.UTF_8.name());
            message.setText(delivery.content().body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(delivery.createdAt()));
            message.setHeader("X-Soptrack-Idempotency-Key", delivery.idempotencyKey().toString());
            for (Map.Entry<String, String> header : MailHeaders.of(delivery.content()).entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            if (server.username().isPresent()) {
                Transport.send(message, server.username().get(), server.password().orElse(""));
            } else {
                Transport.send(message);
            }
            return new DeliveryResult.Delivered("accepted by " + server.host());
        } catch (AddressException e) {
            return new DeliveryResult.PermanentFailure("Not an e-mail address: " + e.getRef());
        } catch (MessagingException e) {
            return classify(e);
        }
    }

    static DeliveryResult classify(MessagingException e) {
        Integer code = smtpCode(e);
        if (code != null) {
            String detail = "SMTP " + code;
            return code >= 500 ? new DeliveryResult.PermanentFailure(detail) : new DeliveryResult.TransientFailure(detail);
        }
        if (e instanceof SendFailedException failed && hasAny(failed.getInvalidAddresses())) {
            return new DeliveryResult.PermanentFailure("The server refused the recipient");
        }
        return new DeliveryResult.TransientFailure("SMTP failed: " + e.getClass().getSimpleName());
    }

    private static Integer smtpCode(Exception e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (x instanceof SMTPSendFailedException s) {
                return s.getReturnCode();
            }
        }
        return null;
    }

    private static boolean hasAny(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }
}
