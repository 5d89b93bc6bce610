package org.soptrack.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.soptrack.core.domain.intake.PublicRequest;
import org.soptrack.core.port.out.PublicRequestPort;

/** In-memory {@link PublicRequestPort}: one map, each call atomic, like the table's single statements. */
public final class InMemoryPublicRequests implements PublicRequestPort {

    /** A stored request with its notice bookkeeping. */
    private record Row(PublicRequest request, int attempts, Instant leasedUntil, boolean sent) {
    }

    private final Map<UUID, Row> rows = new LinkedHashMap<>();

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
        return gone.size();
    }
}
