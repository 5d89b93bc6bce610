package org.soptrack.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.tck.NotificationChannelContract;
import org.soptrack.notify.StubProvider;

/** E-mail over real SMTP to GreenMail on a free loopback port. */
class SmtpEmailChannelTest extends NotificationChannelContract {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", "smtp"));

    /** What the server answers next, when a test wants it to fail; GreenMail itself always accepts. */
    private final AtomicReference<DeliveryResult> override = new AtomicReference<>();

    private SmtpEmailChannel.Server server(int port) {
        return new SmtpEmailChannel.Server("127.0.0.1", port, false, Optional.empty(), Optional.empty(),
                "soptrack <notify@dealer.example>", Duration.ofSeconds(5));
    }

    @Override
    protected NotificationChannelPort channel() {
        SmtpEmailChannel real = new SmtpEmailChannel(server(MAIL.getSmtp().getPort()));
        return new NotificationChannelPort() {
            @Override
            public ChannelKind kind() {
                return real.kind();
            }

            @Override
            public DeliveryResult deliver(Delivery delivery) {
                DeliveryResult failure = override.get();
                return failure != null ? failure : real.deliver(delivery);
            }
        };
    }

    @Override
    protected NotificationChannelPort unreachableChannel() {
        return new SmtpEmailChannel(server(StubProvider.nowhere().getPort()));
    }

    @Override
    protected Destination destination() {
        return Destination.of(ChannelKind.EMAIL, "parts@dealer.example");
    }

    @Override
    protected List<Received> received() {
        return Arrays.stream(MAIL.getReceivedMessages()).map(SmtpEmailChannelTest::received).toList();
    }

    /** The message id and the decoded text, as a mail client would show it. */
    private static Received received(MimeMessage m) {
        try {
            return new Received(Optional.ofNullable(m.getHeader("Message-ID", null)), (String) m.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reply codes an SMTP server gives, classified as the channel does. */
    @Override
    protected void providerUnavailable() {
        override.set(SmtpEmailChannel.classify(new SMTPSendFailedException("DATA", 421, "421 try later", null,
                null, null, null)));
    }

    @Override
    protected void providerRefuses() {
        override.set(SmtpEmailChannel.classify(new SMTPSendFailedException("RCPT", 550, "550 no such user", null,
                null, null, null)));
    }

    @Override
    protected boolean passesIdempotencyKeys() {
        return true;
    }

    @Test
    void the_message_arrives_with_sender_recipient_subject_and_utf8_body() throws Exception {
        channel().deliver(delivery("Teil eingetroffen — Größe ✓"));
        MimeMessage m = MAIL.getReceivedMessages()[0];
        assertThat(m.getFrom()[0].toString()).isEqualTo("soptrack <notify@dealer.example>");
        assertThat(m.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("parts@dealer.example");
        assertThat(m.getSubject()).isEqualTo("soptrack test");
        assertThat(((String) m.getContent()).strip()).isEqualTo("Teil eingetroffen — Größe ✓");
        assertThat(m.getHeader("X-Soptrack-Idempotency-Key", null)).isNotBlank();
    }

    @Test
    void a_message_answered_elsewhere_carries_reply_to() throws Exception {
        NotificationChannelPort.Delivery plain = delivery("A demo request arrived");
        channel().deliver(new NotificationChannelPort.Delivery(plain.idempotencyKey(), plain.tenant(), plain.event(),
                plain.destination(), plain.content().withReplyTo(Email.of("dana@dealer.example")),
                plain.createdAt()));
        channel().deliver(delivery("Staff note"));
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received[0].getReplyTo()).extracting(Object::toString).containsExactly("dana@dealer.example");
        assertThat(received[1].getHeader("Reply-To")).as("only when asked").isNull();
    }

    @Test
    void a_customer_e_mail_carries_the_rfc_8058_one_click_unsubscribe_headers() throws Exception {
        NotificationChannelPort.Delivery plain = delivery("Your part is back-ordered");
        channel().deliver(new NotificationChannelPort.Delivery(plain.idempotencyKey(), plain.tenant(), plain.event(),
                plain.destination(), plain.content().withUnsubscribe(java.net.URI.create(
                        "https://soptrack.example/unsubscribe?token=uns_abc")), plain.createdAt()));
        MimeMessage m = MAIL.getReceivedMessages()[0];
        assertThat(m.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://soptrack.example/unsubscribe?token=uns_abc>");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        channel().deliver(delivery("Staff note"));
        assertThat(MAIL.getReceivedMessages()[1].getHeader("List-Unsubscribe")).as("only with a link").isNull();
    }

    @Test
    void a_malformed_address_is_a_permanent_failure() {
        assertThat(new SmtpEmailChannel(server(MAIL.getSmtp().getPort())).deliver(new NotificationChannelPort.Delivery(
                UUID.randomUUID(), delivery("x").tenant(), delivery("x").event(),
                Destination.of(ChannelKind.EMAIL, "not an address"), delivery("x").content(), delivery("x").createdAt())))
                .isInstanceOf(DeliveryResult.PermanentFailure.class);
    }
}
