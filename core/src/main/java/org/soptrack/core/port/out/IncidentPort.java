package org.soptrack.core.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.TenantId;

/**
 * The platform's record of security incidents. An incident belongs to no organization (it may touch several); each
 * organization it names reads it through {@link #affecting}, which never shows another organization's entry. Each
 * organization's entry remembers whether its owners were told, so a notice cut short (a crash between organizations)
 * is finished by the next run and never sent twice from here. Serves the retention category {@code INCIDENTS} (by
 * the time it was recorded).
 */
public interface IncidentPort extends PlatformRecordsPort {

    /** Stores the incident, every organization's entry untold, with its platform audit entry: all or nothing. */
    void add(Incident incident, PlatformAuditEntry audit);

    /** The newest first, at most {@code limit}. */
    List<Incident> latest(int limit);

    Optional<Incident> find(UUID id);

    /** The incidents that touched {@code tenant}, newest first, each with that organization's entry only. */
    List<Incident> affecting(TenantId tenant);

    /** An organization whose owners have not been told of an incident yet. */
    record Untold(Incident incident, TenantId organization) {
    }

    /** At most {@code limit} organizations' entries not told yet, oldest incident first. */
    List<Untold> untold(int limit);

    /** The owners of {@code tenant} were told of incident {@code id} at {@code at}. */
    void told(UUID id, TenantId tenant, Instant at);
}
