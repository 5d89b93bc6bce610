package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code TrustedDeviceRepository} must do. */
public abstract class TrustedDeviceRepositoryContract extends PortsContract {

    private MemberId member(Seed s) {
        Member m = Member.create(MemberId.of(UUID.randomUUID()), s.tenant(), Email.of(UUID.randomUUID() + "@example.com"),
                "Pat Parts", Role.PARTS_MANAGER, RooftopScope.allRooftops(), TestData.T0);
        run(s.tenant(), () -> ports.members().add(s.tenant(), m));
        return m.id();
    }

    private static TrustedDevice device(Seed s, MemberId member, Duration at) {
        return TrustedDevice.trust(TrustedDeviceId.of(UUID.randomUUID()), s.tenant(), member,
                new TokenHash("f".repeat(64)), "Safari on the service desk iPad", TestData.at(at));
    }

    @Test
    void round_trip_use_and_revocation_with_stale_updates_conflicting() {
        Seed s = seed();
        MemberId member = member(s);
        TrustedDevice device = device(s, member, Duration.ZERO);
        run(s.tenant(), () -> ports.trustedDevices().add(s.tenant(), device));
        assertThat(in(s.tenant(), () -> ports.trustedDevices().find(s.tenant(), device.id())).orElseThrow().state())
                .isEqualTo(device.state());

        TrustedDevice first = in(s.tenant(), () -> ports.trustedDevices().find(s.tenant(), device.id())).orElseThrow();
        TrustedDevice second = in(s.tenant(), () -> ports.trustedDevices().find(s.tenant(), device.id())).orElseThrow();
        first.use(TestData.at(Duration.ofDays(3)));
        assertThat(in(s.tenant(), () -> ports.trustedDevices().update(s.tenant(), first)))
                .isEqualTo(UpdateResult.UPDATED);
        second.revoke(TestData.at(Duration.ofDays(3)));
        assertThat(in(s.tenant(), () -> ports.trustedDevices().update(s.tenant(), second)))
                .isEqualTo(UpdateResult.CONFLICT);

        TrustedDevice used = in(s.tenant(), () -> ports.trustedDevices().find(s.tenant(), device.id())).orElseThrow();
        assertThat(used.state()).isEqualTo(first.state());
        used.revoke(TestData.at(Duration.ofDays(4)));
        assertThat(in(s.tenant(), () -> ports.trustedDevices().update(s.tenant(), used)))
                .isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.trustedDevices().find(s.tenant(), device.id())).orElseThrow().state())
                .isEqualTo(used.state());
    }

    @Test
    void unrevoked_devices_of_the_member_most_recently_used_first() {
        Seed s = seed();
        MemberId member = member(s);
        TrustedDevice older = device(s, member, Duration.ZERO);
        TrustedDevice newer = device(s, member, Duration.ofDays(1));
        TrustedDevice revoked = device(s, member, Duration.ofDays(2));
        revoked.revoke(TestData.at(Duration.ofDays(2)));
        TrustedDevice others = device(s, member(s), Duration.ofDays(3));
        run(s.tenant(), () -> {
            ports.trustedDevices().add(s.tenant(), older);
            ports.trustedDevices().add(s.tenant(), newer);
            ports.trustedDevices().add(s.tenant(), revoked);
            ports.trustedDevices().add(s.tenant(), others);
        });
        assertThat(in(s.tenant(), () -> ports.trustedDevices().findUnrevoked(s.tenant(), member)))
                .extracting(TrustedDevice::id).containsExactly(newer.id(), older.id());
    }

    @Test
    void another_tenant_sees_and_changes_nothing() {
        Seed a = seed();
        MemberId member = member(a);
        TrustedDevice device = device(a, member, Duration.ZERO);
        run(a.tenant(), () -> ports.trustedDevices().add(a.tenant(), device));
        Seed b = seed();
        assertThat(in(b.tenant(), () -> ports.trustedDevices().find(b.tenant(), device.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.trustedDevices().find(a.tenant(), device.id()))).isEmpty();
        assertThat(in(b.tenant(), () -> ports.trustedDevices().findUnrevoked(a.tenant(), member))).isEmpty();
        TrustedDevice loaded = in(a.tenant(), () -> ports.trustedDevices().find(a.tenant(), device.id()))
                .orElseThrow();
        loaded.revoke(TestData.T0);
        assertThat(in(b.tenant(), () -> ports.trustedDevices().update(a.tenant(), loaded)))
                .isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.trustedDevices().find(a.tenant(), device.id())).orElseThrow()
                .state().revokedAt()).isEmpty();
    }
}
