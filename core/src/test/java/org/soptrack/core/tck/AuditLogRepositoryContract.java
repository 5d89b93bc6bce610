package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.AuditQuery;

/** What every {@code AuditLogRepository} must do. */
public abstract class AuditLogRepositoryContract extends PortsContract {

    private static final ActorRef ALICE = ActorRef.member(MemberId.of(UUID.randomUUID()));
    private static final ActorRef BOB = ActorRef.member(MemberId.of(UUID.randomUUID()));

    private static AuditEvent event(TenantId tenant, ActorRef actor, AuditAction action, int minute) {
        return new AuditEvent(UUID.randomUUID(), tenant, TestData.T0.plus(Duration.ofMinutes(minute)), actor, action,
                "member:x", Map.of("role", "ADMIN", "n", Integer.toString(minute)));
    }

    private List<AuditEvent> seedLog(TenantId tenant) {
        List<AuditEvent> events = List.of(
                event(tenant, ALICE, AuditAction.MEMBER_INVITED, 1),
                event(tenant, BOB, AuditAction.ROLE_CHANGED, 2),
                event(tenant, ALICE, AuditAction.MEMBER_REMOVED, 3),
                event(tenant, ALICE, AuditAction.ROLE_CHANGED, 4),
                event(tenant, BOB, AuditAction.OPERATOR_ACCESS_OPENED, 5));
        run(tenant, () -> events.forEach(e -> ports.audit().append(tenant, e)));
        return events;
    }

    @Test
    void events_come_back_newest_first_with_every_field() {
        Seed s = seed();
        List<AuditEvent> events = seedLog(s.tenant());
        Page<AuditEvent> page = in(s.tenant(), () -> ports.audit().find(s.tenant(), AuditQuery.latest(10)));
        List<AuditEvent> newestFirst = new ArrayList<>(events);
        java.util.Collections.reverse(newestFirst);
        assertThat(page.items()).containsExactlyElementsOf(newestFirst);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void filters_by_actor_action_and_time_and_pages_by_keyset() {
        Seed s = seed();
        seedLog(s.tenant());
        AuditQuery byAlice = new AuditQuery(Optional.of(ALICE), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), 10);
        assertThat(in(s.tenant(), () -> ports.audit().find(s.tenant(), byAlice)).items()).hasSize(3)
                .allMatch(e -> e.actor().equals(ALICE));
        AuditQuery roleChanges = new AuditQuery(Optional.empty(), Set.of(AuditAction.ROLE_CHANGED), Optional.empty(),
                Optional.empty(), Optional.empty(), 10);
        assertThat(in(s.tenant(), () -> ports.audit().find(s.tenant(), roleChanges)).items()).hasSize(2);
        AuditQuery window = new AuditQuery(Optional.empty(), Set.of(), Optional.of(TestData.T0.plus(Duration.ofMinutes(2))),
                Optional.of(TestData.T0.plus(Duration.ofMinutes(4))), Optional.empty(), 10);
        assertThat(in(s.tenant(), () -> ports.audit().find(s.tenant(), window)).items())
                .extracting(AuditEvent::action).containsExactly(AuditAction.MEMBER_REMOVED, AuditAction.ROLE_CHANGED);

        List<AuditEvent> seen = new ArrayList<>();
        AuditQuery twoAtATime = AuditQuery.latest(2);
        Page<AuditEvent> page = in(s.tenant(), () -> ports.audit().find(s.tenant(), twoAtATime));
        seen.addAll(page.items());
        while (page.next().isPresent()) {
            AuditQuery next = new AuditQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), page.next(), 2);
            page = in(s.tenant(), () -> ports.audit().find(s.tenant(), next));
            seen.addAll(page.items());
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void another_tenant_reads_none_of_it() {
        Seed a = seed();
        TenantId b = seed().tenant();
        seedLog(a.tenant());
        assertThat(in(b, () -> ports.audit().find(b, AuditQuery.latest(50))).items()).isEmpty();
        assertThat(in(b, () -> ports.audit().find(a.tenant(), AuditQuery.latest(50))).items()).isEmpty();
    }
}
