package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.LockoutPolicy;
import org.soptrack.core.domain.security.LoginFailures;
import org.soptrack.core.domain.security.MfaMethod;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.security.SecondFactor;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code CredentialRepository} must do. */
public abstract class CredentialRepositoryContract extends PortsContract {

    private MemberId member(Seed s) {
        Member m = Member.create(MemberId.of(UUID.randomUUID()), s.tenant(), Email.of(UUID.randomUUID() + "@example.com"),
                "Pat Parts", Role.PARTS_MANAGER, RooftopScope.allRooftops(), TestData.T0);
        run(s.tenant(), () -> ports.members().add(s.tenant(), m));
        return m.id();
    }

    @Test
    void round_trip_one_per_member_and_stale_updates_conflict() {
        Seed s = seed();
        MemberId member = member(s);
        Credential stored = Credential.create(member, s.tenant(), new PasswordHash("hash-1"), TestData.T0);
        run(s.tenant(), () -> ports.credentials().add(s.tenant(), stored));
        assertThat(in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow().state())
                .isEqualTo(stored.state());
        MemberId withoutPassword = member(s);
        assertThat(in(s.tenant(), () -> ports.credentials().find(s.tenant(), withoutPassword))).isEmpty();
        assertThatThrownBy(() -> run(s.tenant(), () -> ports.credentials().add(s.tenant(),
                Credential.create(member, s.tenant(), new PasswordHash("hash-2"), TestData.T0))));

        Credential first = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow();
        Credential second = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow();
        first.change(new PasswordHash("hash-3"), TestData.at(Duration.ofDays(1)));
        second.change(new PasswordHash("hash-4"), TestData.at(Duration.ofDays(1)));
        assertThat(in(s.tenant(), () -> ports.credentials().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.credentials().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow().hash())
                .isEqualTo(new PasswordHash("hash-3"));
    }

    @Test
    void failed_logins_and_the_lock_are_kept() {
        Seed s = seed();
        MemberId member = member(s);
        run(s.tenant(), () -> ports.credentials().add(s.tenant(),
                Credential.create(member, s.tenant(), new PasswordHash("hash-1"), TestData.T0)));
        LockoutPolicy policy = LockoutPolicy.defaults();
        for (int i = 0; i < 6; i++) {
            Credential loaded = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow();
            loaded.recordFailure(policy, TestData.at(Duration.ofSeconds(i)));
            assertThat(in(s.tenant(), () -> ports.credentials().update(s.tenant(), loaded)))
                    .isEqualTo(UpdateResult.UPDATED);
        }
        Credential locked = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow();
        assertThat(locked.state().failures()).isEqualTo(new LoginFailures(6,
                Optional.of(TestData.at(Duration.ofSeconds(5))),
                Optional.of(TestData.at(Duration.ofSeconds(5)).plus(Duration.ofMinutes(1)))));
        assertThat(locked.lockedAt(TestData.at(Duration.ofSeconds(30)))).isTrue();

        locked.recordSuccess();
        assertThat(in(s.tenant(), () -> ports.credentials().update(s.tenant(), locked))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow().state().failures())
                .isEqualTo(LoginFailures.NONE);
    }

    @Test
    void second_factor_settings_are_kept() {
        Seed s = seed();
        MemberId member = member(s);
        run(s.tenant(), () -> ports.credentials().add(s.tenant(),
                Credential.create(member, s.tenant(), new PasswordHash("hash-1"), TestData.T0)));
        Credential loaded = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow();
        loaded.changeSecondFactor(SecondFactor.NONE.withCodes(MfaMethod.SMS_CODE,
                Optional.of(PhoneNumber.of("+15551234567"))).withPendingTotp("JBSWY3DPEHPK3PXP"));
        assertThat(in(s.tenant(), () -> ports.credentials().update(s.tenant(), loaded))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow().state())
                .isEqualTo(loaded.state());

        Credential confirmed = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow();
        confirmed.changeSecondFactor(confirmed.secondFactor().confirmTotp(59_000_000L));
        assertThat(in(s.tenant(), () -> ports.credentials().update(s.tenant(), confirmed)))
                .isEqualTo(UpdateResult.UPDATED);
        SecondFactor kept = in(s.tenant(), () -> ports.credentials().find(s.tenant(), member)).orElseThrow()
                .secondFactor();
        assertThat(kept).isEqualTo(confirmed.secondFactor());
        assertThat(kept.method()).contains(MfaMethod.TOTP);
        assertThat(kept.lastTotpStep()).isEqualTo(59_000_000L);
    }

    @Test
    void another_tenant_sees_and_changes_nothing() {
        Seed a = seed();
        MemberId member = member(a);
        Credential credential = Credential.create(member, a.tenant(), new PasswordHash("hash-1"), TestData.T0);
        run(a.tenant(), () -> ports.credentials().add(a.tenant(), credential));
        Seed b = seed();
        assertThat(in(b.tenant(), () -> ports.credentials().find(b.tenant(), member))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.credentials().find(a.tenant(), member))).isEmpty();
        Credential loaded = in(a.tenant(), () -> ports.credentials().find(a.tenant(), member)).orElseThrow();
        loaded.change(new PasswordHash("stolen"), TestData.T0);
        assertThat(in(b.tenant(), () -> ports.credentials().update(b.tenant(), loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(b.tenant(), () -> ports.credentials().update(a.tenant(), loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.credentials().find(a.tenant(), member)).orElseThrow().hash())
                .isEqualTo(new PasswordHash("hash-1"));
    }
}
