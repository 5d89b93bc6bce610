package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.platform.Incident;
import org.soptrack.core.domain.platform.PlatformAuditEntry;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.port.out.IncidentPort;

/**
 * What every {@code IncidentPort} must do. The store is the platform's, shared by every test, so each test
 * works on incidents of its own organizations, recorded in a year nothing else uses.
 */
public abstract class IncidentPortContract extends PortsContract {

    private static final OperatorId OPERATOR = OperatorId.of(UUID.randomUUID());
    private final Instant base = Instant.parse("1980-01-01T00:00:00Z")
            .plus(Duration.ofDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000)));

    private Incident incident(Duration after, Incident.Affected... affected) {
        Instant at = base.plus(after);
        Incident incident = new Incident(UUID.randomUUID(), "Laptop stolen\\nwith an export", at.minusSeconds(3600), at,
                OPERATOR, Set.of(Incident.DataCategory.CUSTOMERS, Incident.DataCategory.MEMBERS), List.of(affected));
        ports.incidents().add(incident, new PlatformAuditEntry(UUID.randomUUID(), at, OPERATOR,
                PlatformAuditEntry.Action.INCIDENT_RECORDED, incident.id(), "Recorded"));
        return incident;
    }

    private List<IncidentPort.Untold> mine(List<IncidentPort.Untold> untold, Incident... incidents) {
        Set<UUID> ids = Set.of(java.util.Arrays.stream(incidents).map(Incident::id).toArray(UUID[]::new));
        return untold.stream().filter(u -> ids.contains(u.incident().id())).toList();
    }

    @Test
    void an_incident_reads_back_whole_with_its_audit_entry_and_each_organization_sees_its_own_entry_only() {
        Seed a = seed();
        Seed b = seed();
        Seed c = seed();
        Incident incident = incident(Duration.ZERO, new Incident.Affected(a.tenant(), Set.of(a.rooftop())),
                new Incident.Affected(b.tenant(), Set.of()));

        assertThat(ports.incidents().find(incident.id())).contains(incident);
        assertThat(ports.incidents().latest(10_000)).contains(incident);
        assertThat(in(a.tenant(), () -> ports.incidents().affecting(a.tenant()))).containsExactly(
                incident.seenBy(a.tenant()));
        assertThat(in(b.tenant(), () -> ports.incidents().affecting(b.tenant()))).singleElement()
                .satisfies(i -> assertThat(i.affected()).containsExactly(new Incident.Affected(b.tenant(), Set.of())));
        assertThat(in(c.tenant(), () -> ports.incidents().affecting(c.tenant()))).isEmpty();
        assertThat(in(c.tenant(), () -> ports.incidents().affecting(a.tenant()))).as("read under another tenant")
                .isEmpty();
        assertThat(ports.platformAudit().latest(10_000)).anySatisfy(e -> assertThat(e.subject())
                .isEqualTo(incident.id()));
    }

    @Test
    void every_organization_is_untold_until_told_oldest_incident_first() {
        Seed a = seed();
        Seed b = seed();
        Incident second = incident(Duration.ofHours(1), new Incident.Affected(a.tenant(), Set.of()));
        Incident first = incident(Duration.ZERO, new Incident.Affected(a.tenant(), Set.of()),
                new Incident.Affected(b.tenant(), Set.of()));

        assertThat(mine(ports.incidents().untold(10_000), first, second))
                .extracting(u -> u.incident().id() + " " + u.organization().value())
                .containsExactly(first.id() + " " + a.tenant().value(), first.id() + " " + b.tenant().value(),
                        second.id() + " " + a.tenant().value());
        ports.incidents().told(first.id(), a.tenant(), base);
        ports.incidents().told(second.id(), a.tenant(), base);
        assertThat(mine(ports.incidents().untold(10_000), first, second)).singleElement().satisfies(u -> {
            assertThat(u.incident()).isEqualTo(first);
            assertThat(u.organization()).isEqualTo(b.tenant());
        });
        ports.incidents().told(first.id(), b.tenant(), base);
        assertThat(mine(ports.incidents().untold(10_000), first, second)).isEmpty();
    }

    @Test
    void expiry_goes_by_the_time_recorded_and_takes_the_organizations_entries() {
        Seed a = seed();
        Incident old = incident(Duration.ZERO, new Incident.Affected(a.tenant(), Set.of()));
        Incident kept = incident(Duration.ofHours(2), new Incident.Affected(a.tenant(), Set.of()));
        Instant cutoff = base.plus(Duration.ofHours(1));
        assertThat(ports.incidents().countExpired(cutoff)).isGreaterThanOrEqualTo(1);
        while (ports.incidents().removeExpired(cutoff, 1) > 0) {
            // every batch up to the cutoff
        }
        assertThat(ports.incidents().countExpired(cutoff)).isZero();
        assertThat(ports.incidents().find(old.id())).isEmpty();
        assertThat(in(a.tenant(), () -> ports.incidents().affecting(a.tenant()))).extracting(Incident::id)
                .containsExactly(kept.id());
        assertThat(mine(ports.incidents().untold(10_000), old)).isEmpty();
    }
}
