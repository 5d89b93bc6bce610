package org.soptrack.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.port.out.PlatformAuditPort;

/** In-memory {@link PlatformAuditPort}; the stores of the records it is about append to it. */
public final class InMemoryPlatformAudit implements PlatformAuditPort {

    private final List<PlatformAuditEntry> entries = new ArrayList<>();

    synchronized void append(PlatformAuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<PlatformAuditEntry> latest(int limit) {
        return entries.stream().sorted(Comparator.comparing(PlatformAuditEntry::at)
                .thenComparing(PlatformAuditEntry::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized long countExpired(Instant cutoff) {
        return entries.stream().filter(e -> e.at().isBefore(cutoff)).count();
    }

    @Override
    public synchronized int removeExpired(Instant cutoff, int limit) {
        List<PlatformAuditEntry> gone = entries.stream().filter(e -> e.at().isBefore(cutoff)).limit(limit).toList();
        entries.removeAll(gone);
        return gone.size();
    }
}
