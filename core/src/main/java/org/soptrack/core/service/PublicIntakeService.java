package org.soptrack.core.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.notify.ChannelKind;
import org.soptrack.core.domain.notify.DeliveryResult;
import org.soptrack.core.domain.notify.Destination;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.Require;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.PublicIntakeUseCase;
import org.soptrack.core.port.out.ClockPort;
import org.soptrack.core.port.out.IdPort;
import org.soptrack.core.port.out.NotificationChannelPort;
import org.soptrack.core.port.out.PublicRequestPort;

/**
 * Stores public requests and e-mails them to the operators through the e-mail channel, and operators' replies to the
 * requesters. A notice or reply is leased for {@link #LEASE}, so one that failed (or whose sender died) is tried again
 * after it, at most {@link #MAX_ATTEMPTS} times. Each operator's copy of a notice carries an idempotency key made from
 * the request and the address, a reply its own id, so a provider that deduplicates drops a repeat. A reply's
 * {@code Reply-To} is the first operator address, so the requester's answer reaches the operators.
 */
public final class PublicIntakeService implements PublicIntakeUseCase {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;

    private final PublicRequestPort requests;
    private final ClockPort clock;
    private final IdPort ids;
    private final Optional<NotificationChannelPort> email;
    private final List<Email> operators;

    public PublicIntakeService(CorePorts ports, List<NotificationChannelPort> channels, List<Email> operators) {
        this.requests = ports.publicRequests();
        this.clock = ports.clock();
        this.ids = ports.ids();
        this.email = channels.stream().filter(c -> c.kind() == ChannelKind.EMAIL).findFirst();
        this.operators = List.copyOf(operators);
    }

    @Override
    public Outcome<PublicRequest> submit(Submission s) {
        try {
            PublicRequest request = new PublicRequest(ids.newId(), kind(s.kind()), s.name(), s.dealership(),
                    Email.of(Require.present("email", s.email())),
                    s.phone().filter(p -> !p.isBlank()).map(PhoneNumber::of), s.message(), clock.now());
            requests.add(request);
            return Outcome.ok(request);
        } catch (InvalidValueException e) {
            return Outcome.invalid(e.field(), e.reason());
        }
    }

    private static PublicRequest.Kind kind(String text) {
        try {
            return PublicRequest.Kind.valueOf(Require.present("kind", text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", "must be DEMO or SUPPORT");
        }
    }

    @Override
    public List<PublicRequest> latest(OperatorId operator, int limit) {
        Require.present("operator", operator);
        return requests.latest(Math.max(1, Math.min(limit, 200)));
    }

    @Override
    public Outcome<Conversation> find(OperatorId operator, UUID requestId) {
        Require.present("operator", operator);
        return requests.find(requestId).map(r -> Outcome.ok(new Conversation(r, requests.replies(r.id()))))
                .orElseGet(() -> Outcome.notFound("public request"));
    }

    @Override
    public Outcome<PublicRequestReply> reply(OperatorId operator, UUID requestId, String message) {
        Require.present("operator", operator);
        PublicRequestReply reply;
        try {
            reply = new PublicRequestReply(ids.newId(), requestId, operator, message, clock.now(), Optional.empty());
        } catch (InvalidValueException e) {
            return Outcome.invalid(e.field(), e.reason());
        }
        PlatformAuditEntry audit = new PlatformAuditEntry(ids.newId(), reply.createdAt(), operator,
                PlatformAuditEntry.Action.PUBLIC_REQUEST_REPLIED, requestId,
                "Replied to public request " + requestId + " (" + reply.message().length() + " characters)");
        return requests.addReply(reply, audit) ? Outcome.ok(reply) : Outcome.notFound("public request");
    }

    @Override
    public int sendNotices() {
        return sendOperatorNotices() + sendReplies();
    }

    private int sendReplies() {
        if (email.isEmpty()) {
            return 0;
        }
        Instant now = clock.now();
        int sent = 0;
        Optional<Email> replyTo = operators.stream().findFirst();
        for (PublicRequestPort.ClaimedReply claimed : requests.claimReplies(now, now.plus(LEASE), MAX_ATTEMPTS,
                BATCH)) {
            PublicRequest request = claimed.request();
            DeliveryResult result = email.get().deliver(new NotificationChannelPort.Delivery(claimed.reply().id(),
                    Optional.empty(), NotificationEvent.PUBLIC_REQUEST_REPLY,
                    Destination.of(ChannelKind.EMAIL, request.email().value()),
                    claimed.reply().email(request, replyTo), claimed.reply().createdAt()));
            if (result instanceof DeliveryResult.Delivered && requests.replySent(claimed.reply().id(), clock.now())) {
                sent++;
            }
        }
        return sent;
    }

    private int sendOperatorNotices() {
        if (email.isEmpty() || operators.isEmpty()) {
            return 0;
        }
        Instant now = clock.now();
        int sent = 0;
        for (PublicRequest request : requests.claimForNotice(now, now.plus(LEASE), MAX_ATTEMPTS, BATCH)) {
            boolean delivered = true;
            for (Email operator : operators) {
                DeliveryResult result = email.get().deliver(new NotificationChannelPort.Delivery(
                        key(request, operator), Optional.empty(), NotificationEvent.PUBLIC_REQUEST,
                        Destination.of(ChannelKind.EMAIL, operator.value()), request.operatorMessage(),
                        request.receivedAt()));
                delivered &= result instanceof DeliveryResult.Delivered;
            }
            if (delivered && requests.noticeSent(request.id(), clock.now())) {
                sent++;
            }
        }
        return sent;
    }

    private static UUID key(PublicRequest request, Email operator) {
        return UUID.nameUUIDFromBytes((request.id() + "/" + operator.value()).getBytes(StandardCharsets.UTF_8));
    }
}
