package org.soptrack.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.domain.intake.PublicRequestReply;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.port.out.PublicRequestPort;

/**
 * In-memory {@link PublicRequestPort}: one map of requests and one of replies, each call atomic, like the table's
 * statements; a reply's audit entry goes to the platform audit log given.
 */
public final class InMemoryPublicRequests implements PublicRequestPort {

    /** A stored request with its notice bookkeeping. */
    private record Row(PublicRequest request, int attempts, Instant leasedUntil, boolean sent) {
    }

    /** A stored reply with its sending bookkeeping. */
    private record ReplyRow(PublicRequestReply reply, int attempts, Instant leasedUntil) {
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();
    private final Map<UUID, ReplyRow> replies = new LinkedHashMap<>();
    private final InMemoryPlatformAudit audit;

    public InMemoryPublicRequests(InMemoryPlatformAudit audit) {
        this.audit = audit;
    }

    @Override
    public synchronized Optional<PublicRequest> find(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(Row::request);
    }

    @Override
    public synchronized boolean addReply(PublicRequestReply reply, PlatformAuditEntry entry) {
        if (!rows.containsKey(reply.requestId())) {
            return false;
        }
        if (replies.putIfAbsent(reply.id(), new ReplyRow(reply, 0, Instant.MIN)) != null) {
            throw new IllegalStateException("Duplicate reply id");
        }
        audit.append(entry);
        return true;
    }

    @Override
    public synchronized List<PublicRequestReply> replies(UUID requestId) {
        return replies.values().stream().map(ReplyRow::reply).filter(r -> r.requestId().equals(requestId))
                .sorted(Comparator.comparing(PublicRequestReply::createdAt)).toList();
    }

    @Override
    public synchronized List<ClaimedReply> claimReplies(Instant now, Instant leaseUntil, int maxAttempts, int limit) {
        List<ClaimedReply> claimed = new ArrayList<>();
        for (Map.Entry<UUID, ReplyRow> e : replies.entrySet()) {
            ReplyRow r = e.getValue();
            if (claimed.size() < limit && r.reply().sentAt().isEmpty() && r.attempts() < maxAttempts
                    && !r.leasedUntil().isAfter(now)) {
                e.setValue(new ReplyRow(r.reply(), r.attempts() + 1, leaseUntil));
                claimed.add(new ClaimedReply(r.reply(), rows.get(r.reply().requestId()).request()));
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean replySent(UUID id, Instant at) {
        ReplyRow r = replies.get(id);
        if (r == null) {
            return false;
        }
        PublicRequestReply p = r.reply();
        replies.put(id, new ReplyRow(new PublicRequestReply(p.id(), p.requestId(), p.operator(), p.message(),
                p.createdAt(), Optional.of(at)), r.attempts(), r.leasedUntil()));
        return true;
    }

    @Override
    public synchronized void add(PublicRequest request) {
        if (rows.putIfAbsent(request.id(), new Row(request, 0, Instant.MIN, false)) != null) {
            throw new IllegalStateException("Duplicate public request id");
        }
    }

    @Override
    public synchronized List<PublicRequest> latest(int limit) {
        return rows.values().stream().map(Row::request)
                .sorted(Comparator.comparing(PublicRequest::receivedAt).thenComparing(PublicRequest::id).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized List<PublicRequest> claimForNotice(Instant now, Instant leaseUntil, int maxAttempts, int limit) {
        List<PublicRequest> claimed = new ArrayList<>();
        for (Map.Entry<UUID, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            if (claimed.size() < limit && !r.sent() && r.attempts() < maxAttempts && !r.leasedUntil().isAfter(now)) {
                e.setValue(new Row(r.request(), r.attempts() + 1, leaseUntil, false));
                claimed.add(r.request());
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean noticeSent(UUID id, Instant at) {
        Row r = rows.get(id);
        if (r == null) {
            return false;
        }
        rows.put(id, new Row(r.request(), r.attempts(), r.leasedUntil(), true));
        return true;
    }

    @Override
    public synchronized long countExpired(Instant cutoff) {
        return rows.values().stream().filter(r -> r.request().receivedAt().isBefore(cutoff)).count();
    }

    @Override
    public synchronized int removeExpired(Instant cutoff, int limit) {
        List<UUID> gone = rows.values().stream().filter(r -> r.request().receivedAt().isBefore(cutoff)).limit(limit)
                .map(r -> r.request().id()).toList();
        gone.forEach(rows::remove);
        replies.values().removeIf(r -> !rows.containsKey(r.reply().requestId()));
        return gone.size();
    }
}
