package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.soptrack.core.domain.intake.PublicRequest;

/**
 * Stores public demo and support requests (R-PUB-1). They belong to no organization: each call is a transaction of
 * its own. The store is also the outbox of the operators' notice: a request is claimed for a notice with a lease, and
 * marked once the notice went out, so several server instances never hold the same request at once and a crash
 * between sending and marking only sends it again. Serves the retention category {@code PUBLIC_REQUESTS}.
 */
public interface PublicRequestPort {

    void add(PublicRequest request);

    /** The newest first, at most {@code limit}. */
    List<PublicRequest> latest(int limit);

    /**
     * At most {@code limit} requests whose notice has not gone out, is not leased to another sender until after
     * {@code now}, and has been tried fewer than {@code maxAttempts} times; each is leased until {@code leaseUntil} and
     * its attempts counted.
     */
    List<PublicRequest> claimForNotice(Instant now, Instant leaseUntil, int maxAttempts, int limit);

    /** The notice of {@code id} went out at {@code at}; false if the request is gone. */
    boolean noticeSent(UUID id, Instant at);

    /** How many requests arrived before {@code cutoff}. */
    long countExpired(Instant cutoff);

    /** Deletes at most {@code limit} requests that arrived before {@code cutoff}; how many. */
    int removeExpired(Instant cutoff, int limit);
}
