package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.sop.ContactAttempt;
import org.soptrack.core.domain.sop.ContactAttemptId;
import org.soptrack.core.domain.sop.ContactChannel;
import org.soptrack.core.domain.sop.ContactOutcome;
import org.soptrack.core.domain.sop.RoNumber;

/** What every {@code ContactAttemptRepository} must do. */
public abstract class ContactAttemptRepositoryContract extends PortsContract {

    static ContactAttempt attempt(Seed s, RooftopId rooftop, String ro, Duration after, ContactOutcome outcome) {
        return new ContactAttempt(new ContactAttemptId(UUID.randomUUID()), s.tenant(), rooftop, RoNumber.of(ro),
                s.customer(), TestData.T0.plus(after), ActorRef.system(), ContactChannel.CALL, outcome, "Left message");
    }

    @Test
    void attempts_of_one_ro_come_back_oldest_first() {
        Seed s = seed();
        RooftopId other = addRooftop(s.tenant(), "Other");
        ContactAttempt later = attempt(s, s.rooftop(), "RO-1", Duration.ofHours(2), ContactOutcome.REACHED);
        ContactAttempt earlier = attempt(s, s.rooftop(), "RO-1", Duration.ofHours(1), ContactOutcome.VOICEMAIL);
        run(s.tenant(), () -> {
            ports.contactAttempts().add(s.tenant(), later);
            ports.contactAttempts().add(s.tenant(), earlier);
            ports.contactAttempts().add(s.tenant(), attempt(s, s.rooftop(), "RO-2", Duration.ZERO, ContactOutcome.NO_ANSWER));
            ports.contactAttempts().add(s.tenant(), attempt(s, other, "RO-1", Duration.ZERO, ContactOutcome.NO_ANSWER));
        });
        assertThat(in(s.tenant(), () -> ports.contactAttempts().findByRo(s.tenant(), s.rooftop(), RoNumber.of("RO-1"))))
                .containsExactly(earlier, later);
    }

    @Test
    void another_tenant_sees_none_of_them() {
        Seed a = seed();
        Seed b = seed();
        run(a.tenant(), () -> ports.contactAttempts().add(a.tenant(),
                attempt(a, a.rooftop(), "RO-1", Duration.ZERO, ContactOutcome.REACHED)));
        assertThat(in(b.tenant(), () -> ports.contactAttempts().findByRo(b.tenant(), a.rooftop(), RoNumber.of("RO-1"))))
                .isEmpty();
        assertThat(in(b.tenant(), () -> ports.contactAttempts().findByRo(a.tenant(), a.rooftop(), RoNumber.of("RO-1"))))
                .isEmpty();
    }
}
