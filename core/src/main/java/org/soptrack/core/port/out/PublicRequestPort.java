package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.PlatformAuditEntry;

/**
 * Stores public demo and support requests (R-PUB-1). They belong to no organization: each call is a transaction of
 * its own. The store is also the outbox of the operators' notice: a request is claimed for a notice with a lease, and
 * marked once the notice went out, so several server instances never hold the same request at once and a crash
 * between sending and marking only sends it again. Operators' replies are stored with their request and are the
 * outbox of their own e-mail in the same way; they go when their request goes. Serves the retention category
 * {@code PUBLIC_REQUESTS} (by arrival).
 */
public interface PublicRequestPort extends PlatformRecordsPort {

    void add(PublicRequest request);

    /** The newest first, at most {@code limit}. */
    List<PublicRequest> latest(int limit);

    Optional<PublicRequest> find(UUID id);

    /**
     * Stores an operator's reply to its request with the platform audit entry that records it, both or neither; false,
     * and nothing written, when the request is gone.
     */
    boolean addReply(PublicRequestReply reply, PlatformAuditEntry audit);

    /** The replies to one request, oldest first. */
    List<PublicRequestReply> replies(UUID requestId);

    /** A reply claimed for sending, with the request it answers. */
    record ClaimedReply(PublicRequestReply reply, PublicRequest request) {
    }

    /**
     * At most {@code limit} replies not yet sent, not leased to another sender until after {@code now}, and tried fewer
     * than {@code maxAttempts} times, oldest first; each is leased until {@code leaseUntil} and its attempts counted.
     */
    List<ClaimedReply> claimReplies(Instant now, Instant leaseUntil, int maxAttempts, int limit);

    /** The reply {@code id} went out at {@code at}; false if it is gone. */
    boolean replySent(UUID id, Instant at);

    /**
     * At most {@code limit} requests whose notice has not gone out, is not leased to another sender until after
     * {@code now}, and has been tried fewer than {@code maxAttempts} times; each is leased until {@code leaseUntil} and
     * its attempts counted.
     */
    List<PublicRequest> claimForNotice(Instant now, Instant leaseUntil, int maxAttempts, int limit);

    /** The notice of {@code id} went out at {@code at}; false if the request is gone. */
    boolean noticeSent(UUID id, Instant at);
}
