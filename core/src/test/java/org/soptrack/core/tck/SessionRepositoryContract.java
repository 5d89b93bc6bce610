package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code SessionRepository} must do. */
public abstract class SessionRepositoryContract extends PortsContract {

    private static TokenHash hash(char c) {
        return new TokenHash(String.valueOf(c).repeat(64));
    }

    private MemberId member(Seed s) {
        Member m = Member.create(MemberId.of(UUID.randomUUID()), s.tenant(), Email.of(UUID.randomUUID() + "@example.com"),
                "Pat Parts", Role.PARTS_MANAGER, RooftopScope.allRooftops(), TestData.T0);
        run(s.tenant(), () -> ports.members().add(s.tenant(), m));
        return m.id();
    }

    private Session waiting(Seed s, MemberId member, Duration startedAfter) {
        return Session.awaitingSecondFactor(SessionId.of(UUID.randomUUID()), s.tenant(), member,
                new Session.Challenge(MfaMethod.EMAIL_CODE, hash('a'), Optional.of(hash('b')),
                        TestData.at(startedAfter.plusMinutes(10)), 0),
                TestData.at(startedAfter), "203.0.113.7", "Firefox/140");
    }

    @Test
    void every_state_round_trips_and_stale_updates_conflict() {
        Seed s = seed();
        MemberId member = member(s);
        Session session = waiting(s, member, Duration.ZERO);
        run(s.tenant(), () -> ports.sessions().add(s.tenant(), session));
        assertThat(in(s.tenant(), () -> ports.sessions().find(s.tenant(), session.id())).orElseThrow().state())
                .isEqualTo(session.state());

        Session first = in(s.tenant(), () -> ports.sessions().find(s.tenant(), session.id())).orElseThrow();
        Session second = in(s.tenant(), () -> ports.sessions().find(s.tenant(), session.id())).orElseThrow();
        first.wrongCode(SessionPolicy.defaults(), TestData.at(Duration.ofMinutes(1)));
        first.passSecondFactor(hash('c'), TestData.at(Duration.ofMinutes(2)));
        assertThat(in(s.tenant(), () -> ports.sessions().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        second.end(Session.EndReason.LOGGED_OUT, TestData.at(Duration.ofMinutes(2)));
        assertThat(in(s.tenant(), () -> ports.sessions().update(s.tenant(), second)))
                .isEqualTo(UpdateResult.CONFLICT);
        Session active = in(s.tenant(), () -> ports.sessions().find(s.tenant(), session.id())).orElseThrow();
        assertThat(active.state()).isEqualTo(first.state());
        assertThat(active.status()).isEqualTo(Session.Status.ACTIVE);

        active.end(Session.EndReason.REFRESH_TOKEN_REUSED, TestData.at(Duration.ofHours(1)));
        assertThat(in(s.tenant(), () -> ports.sessions().update(s.tenant(), active))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.sessions().find(s.tenant(), session.id())).orElseThrow().state())
                .isEqualTo(active.state());
    }

    @Test
    void open_sessions_are_those_of_the_member_not_ended_oldest_first() {
        Seed s = seed();
        MemberId member = member(s);
        MemberId other = member(s);
        Session later = Session.signedIn(SessionId.of(UUID.randomUUID()), s.tenant(), member, hash('d'),
                TestData.at(Duration.ofHours(2)), "198.51.100.1", "curl/8.5");
        Session earlier = waiting(s, member, Duration.ofHours(1));
        Session ended = Session.signedIn(SessionId.of(UUID.randomUUID()), s.tenant(), member, hash('e'),
                TestData.T0, "198.51.100.1", "curl/8.5");
        ended.end(Session.EndReason.LOGGED_OUT, TestData.T0);
        Session othersSession = waiting(s, other, Duration.ZERO);
        run(s.tenant(), () -> {
            ports.sessions().add(s.tenant(), later);
            ports.sessions().add(s.tenant(), earlier);
            ports.sessions().add(s.tenant(), ended);
            ports.sessions().add(s.tenant(), othersSession);
        });
        assertThat(in(s.tenant(), () -> ports.sessions().findOpen(s.tenant(), member)))
                .extracting(Session::id).containsExactly(earlier.id(), later.id());
    }

    @Test
    void another_tenant_sees_and_changes_nothing() {
        Seed a = seed();
        MemberId member = member(a);
        Session session = waiting(a, member, Duration.ZERO);
        run(a.tenant(), () -> ports.sessions().add(a.tenant(), session));
        Seed b = seed();
        assertThat(in(b.tenant(), () -> ports.sessions().find(b.tenant(), session.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.sessions().find(a.tenant(), session.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.sessions().findOpen(a.tenant(), member))).isEmpty();
        Session loaded = in(a.tenant(), () -> ports.sessions().find(a.tenant(), session.id())).orElseThrow();
        loaded.end(Session.EndReason.LOGGED_OUT, TestData.T0);
        assertThat(in(b.tenant(), () -> ports.sessions().update(b.tenant(), loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(b.tenant(), () -> ports.sessions().update(a.tenant(), loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.sessions().find(a.tenant(), session.id())).orElseThrow().status())
                .isEqualTo(Session.Status.AWAITING_SECOND_FACTOR);
    }

    @Test
    void a_session_waiting_for_a_choice_of_organization_round_trips_and_is_used_up() {
        Seed a = seed();
        MemberId member = member(a);
        Session choice = Session.awaitingChoice(SessionId.of(UUID.randomUUID()), a.tenant(), member,
                new Session.Choice(new TokenHash("e".repeat(64)), TestData.at(Duration.ofMinutes(10))), TestData.T0,
                "203.0.113.5", "Firefox/140");
        run(a.tenant(), () -> ports.sessions().add(a.tenant(), choice));
        Session loaded = in(a.tenant(), () -> ports.sessions().find(a.tenant(), choice.id())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(choice.state());
        assertThat(loaded.openChoiceAt(TestData.at(Duration.ofMinutes(9)))).isPresent();
        assertThat(loaded.openChoiceAt(TestData.at(Duration.ofMinutes(10)))).isEmpty();
        loaded.end(Session.EndReason.CHOICE_MADE, TestData.at(Duration.ofMinutes(1)));
        assertThat(in(a.tenant(), () -> ports.sessions().update(a.tenant(), loaded))).isEqualTo(UpdateResult.UPDATED);
        Session used = in(a.tenant(), () -> ports.sessions().find(a.tenant(), choice.id())).orElseThrow();
        assertThat(used.status()).isEqualTo(Session.Status.ENDED);
        assertThat(used.state().endReason()).contains(Session.EndReason.CHOICE_MADE);
    }
}
