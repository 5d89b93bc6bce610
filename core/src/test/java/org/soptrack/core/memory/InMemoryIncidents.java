package org.soptrack.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.IncidentPort;

/**
 * In-memory {@link IncidentPort}: the incidents, and which organizations were told; an organization reads its
 * incidents only inside its own transaction.
 */
public final class InMemoryIncidents implements IncidentPort {

    private final Map<UUID, Incident> incidents = new LinkedHashMap<>();
    private final Set<String> told = new HashSet<>();
    private final InMemoryPlatformAudit audit;
    private final InMemoryTransactions tx;

    public InMemoryIncidents(InMemoryPlatformAudit audit, InMemoryTransactions tx) {
        this.audit = audit;
        this.tx = tx;
    }

    private static String key(UUID id, TenantId tenant) {
        return id + "/" + tenant.value();
    }

    private static Comparator<Incident> newestFirst() {
        return Comparator.comparing(Incident::recordedAt).thenComparing(Incident::id).reversed();
    }

    @Override
    public synchronized void add(Incident incident, PlatformAuditEntry entry) {
        if (incidents.putIfAbsent(incident.id(), incident) != null) {
            throw new IllegalStateException("Duplicate incident id");
        }
        audit.append(entry);
    }

    @Override
    public synchronized List<Incident> latest(int limit) {
        return incidents.values().stream().sorted(newestFirst()).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Incident> find(UUID id) {
        return Optional.ofNullable(incidents.get(id));
    }

    @Override
    public synchronized List<Incident> affecting(TenantId tenant) {
        if (!tx.currentTenant().equals(Optional.of(tenant))) {
            return List.of(); // like the table's query, which names the transaction's tenant
        }
        return incidents.values().stream().filter(i -> i.entry(tenant).isPresent()).sorted(newestFirst())
                .map(i -> i.seenBy(tenant)).toList();
    }

    @Override
    public synchronized List<Untold> untold(int limit) {
        List<Untold> out = new ArrayList<>();
        incidents.values().stream().sorted(newestFirst().reversed()).forEach(i -> i.affected().forEach(a -> {
            if (out.size() < limit && !told.contains(key(i.id(), a.organization()))) {
                out.add(new Untold(i, a.organization()));
            }
        }));
        return out;
    }

    @Override
    public synchronized void told(UUID id, TenantId tenant, Instant at) {
        told.add(key(id, tenant));
    }

    @Override
    public synchronized long countExpired(Instant cutoff) {
        return incidents.values().stream().filter(i -> i.recordedAt().isBefore(cutoff)).count();
    }

    @Override
    public synchronized int removeExpired(Instant cutoff, int limit) {
        List<UUID> gone = incidents.values().stream().filter(i -> i.recordedAt().isBefore(cutoff)).limit(limit)
                .map(Incident::id).toList();
        gone.forEach(incidents::remove);
        return gone.size();
    }
}
