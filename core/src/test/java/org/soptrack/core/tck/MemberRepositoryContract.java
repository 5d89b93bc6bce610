package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.security.Credential;
import org.soptrack.core.domain.security.PasswordHash;
import org.soptrack.core.domain.security.Session;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.MemberId;
import org.soptrack.core.domain.shared.SessionId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code MemberRepository} must do. */
public abstract class MemberRepositoryContract extends PortsContract {

    @Test
    void round_trip_keeps_role_and_rooftop_scope() {
        Seed s = seed();
        Member member = TestData.member(s.tenant(), "bdc@example.com", Role.BDC);
        member.changeRole(Role.BDC, RooftopScope.only(Set.of(s.rooftop())));
        run(s.tenant(), () -> ports.members().add(s.tenant(), member));

        Member loaded = in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow();
        assertThat(loaded.state()).isEqualTo(member.state());
        assertThat(loaded.rooftops().covers(s.rooftop())).isTrue();
        assertThat(loaded.version()).isZero();
    }

    @Test
    void finds_active_members_by_email_and_leaves_removed_ones_out() {
        Seed s = seed();
        Member active = TestData.member(s.tenant(), "a@example.com", Role.OWNER);
        Member removed = TestData.member(s.tenant(), "b@example.com", Role.VIEWER);
        run(s.tenant(), () -> {
            ports.members().add(s.tenant(), active);
            ports.members().add(s.tenant(), removed);
        });
        Member toRemove = in(s.tenant(), () -> ports.members().find(s.tenant(), removed.id())).orElseThrow();
        toRemove.remove(TestData.T0);
        assertThat(in(s.tenant(), () -> ports.members().update(s.tenant(), toRemove))).isEqualTo(UpdateResult.UPDATED);

        assertThat(in(s.tenant(), () -> ports.members().findActiveByEmail(s.tenant(), Email.of("A@Example.com"))))
                .map(Member::id).contains(active.id());
        assertThat(in(s.tenant(), () -> ports.members().findActiveByEmail(s.tenant(), Email.of("b@example.com"))))
                .isEmpty();
        assertThat(in(s.tenant(), () -> ports.members().findActive(s.tenant()))).extracting(Member::id)
                .containsExactly(active.id());
    }

    @Test
    void a_stale_update_conflicts() {
        Seed s = seed();
        Member member = TestData.member(s.tenant(), "c@example.com", Role.ADVISOR);
        run(s.tenant(), () -> ports.members().add(s.tenant(), member));
        Member first = in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow();
        Member second = in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow();
        first.changeRole(Role.PARTS_MANAGER, RooftopScope.allRooftops());
        second.remove(TestData.T0);
        assertThat(in(s.tenant(), () -> ports.members().update(s.tenant(), first))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(s.tenant(), () -> ports.members().update(s.tenant(), second))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(s.tenant(), () -> ports.members().find(s.tenant(), member.id())).orElseThrow().isActive()).isTrue();
    }

    @Test
    void another_tenant_can_neither_see_nor_change_them() {
        Seed a = seed();
        TenantId b = seed().tenant();
        Member member = TestData.member(a.tenant(), "shared@example.com", Role.OWNER);
        run(a.tenant(), () -> ports.members().add(a.tenant(), member));

        assertThat(in(b, () -> ports.members().find(b, member.id()))).isEmpty();
        assertThat(in(b, () -> ports.members().findActiveByEmail(b, member.email()))).isEmpty();
        assertThat(in(b, () -> ports.members().findActive(b))).isEmpty();
        Member loaded = in(a.tenant(), () -> ports.members().find(a.tenant(), member.id())).orElseThrow();
        loaded.remove(TestData.T0);
        assertThat(in(b, () -> ports.members().update(b, loaded))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(a.tenant(), () -> ports.members().find(a.tenant(), member.id())).orElseThrow().isActive()).isTrue();

        Member sameEmailInB = TestData.member(b, "shared@example.com", Role.OWNER);
        run(b, () -> ports.members().add(b, sameEmailInB));
        assertThat(in(b, () -> ports.members().findActiveByEmail(b, member.email()))).map(Member::id)
                .contains(sameEmailInB.id());
    }

    @Test
    void the_directory_names_the_organizations_of_an_active_address_and_no_more_than_its_limit() {
        String address = "shared-" + UUID.randomUUID() + "@example.com";
        List<TenantId> with = new java.util.ArrayList<>();
        for (int i = 0; i < TenantDirectoryPort.MAX_MEMBERSHIPS + 1; i++) {
            TenantId t = seed().tenant();
            account(t, address, Role.ADVISOR);
            with.add(t);
        }
        TenantId removed = seed().tenant();
        change(removed, account(removed, address, Role.VIEWER), m -> m.remove(TestData.at(Duration.ofDays(1))));
        TenantId other = seed().tenant();
        account(other, "someone-else-" + UUID.randomUUID() + "@example.com", Role.VIEWER);

        List<TenantId> found = ports.tenants().organizationsOf(Email.of(address.toUpperCase()));
        assertThat(found).hasSize(TenantDirectoryPort.MAX_MEMBERSHIPS).isSubsetOf(with)
                .doesNotContain(removed, other);
        assertThat(ports.tenants().organizationsOf(Email.of(address))).as("the same order each time")
                .isEqualTo(found);
        assertThat(ports.tenants().organizationsOf(Email.of("nobody-" + UUID.randomUUID() + "@example.com")))
                .isEmpty();
    }

    // Retention: INACTIVE_MEMBERS, DELETED_MEMBERS and the purge (TENANT_DATA).

    private static final Instant CUTOFF = TestData.at(Duration.ofDays(180));

    /** A member who joined at T0, with a password, an open session and a trusted device. */
    private Member account(TenantId tenant, String email, Role role) {
        Member member = TestData.member(tenant, email, role);
        run(tenant, () -> {
            ports.members().add(tenant, member);
            ports.credentials().add(tenant, Credential.create(member.id(), tenant, new PasswordHash("hash"), TestData.T0));
            ports.sessions().add(tenant, Session.signedIn(SessionId.of(UUID.randomUUID()), tenant, member.id(),
                    new TokenHash("c".repeat(64)), TestData.T0, "203.0.113.8", "Safari/18"));
            ports.trustedDevices().add(tenant, TrustedDevice.trust(TrustedDeviceId.of(UUID.randomUUID()), tenant,
                    member.id(), new TokenHash("d".repeat(64)), "Laptop", TestData.T0));
        });
        return in(tenant, () -> ports.members().find(tenant, member.id())).orElseThrow();
    }

    private Member change(TenantId tenant, Member member, java.util.function.Consumer<Member> change) {
        change.accept(member);
        assertThat(in(tenant, () -> ports.members().update(tenant, member))).isEqualTo(UpdateResult.UPDATED);
        return in(tenant, () -> ports.members().find(tenant, member.id())).orElseThrow();
    }

    private Expiry expiry(RetentionCategory category, Instant cutoff, Set<UUID> held, int batch) {
        return new Expiry(category, cutoff, held, Set.of(), batch);
    }

    /** Whether the member still has a credential, an open session or a trusted device. */
    private boolean hasSignInData(TenantId tenant, MemberId member) {
        return in(tenant, () -> ports.credentials().find(tenant, member).isPresent()
                || !ports.sessions().findOpen(tenant, member).isEmpty()
                || !ports.trustedDevices().findUnrevoked(tenant, member).isEmpty());
    }

    @Test
    void inactive_accounts_are_anonymized_by_their_last_sign_in_except_active_owners_and_held_members() {
        Seed s = seed();
        TenantId t = s.tenant();
        Member neverSignedIn = account(t, "never@example.com", Role.ADVISOR);
        Member signedInLongAgo = change(t, account(t, "old@example.com", Role.BDC),
                m -> m.signedIn(TestData.at(Duration.ofDays(10))));
        Member signedInRecently = change(t, account(t, "recent@example.com", Role.VIEWER),
                m -> m.signedIn(CUTOFF.plusSeconds(1)));
        Member activeOwner = account(t, "owner@example.com", Role.OWNER);
        Member removedOwner = change(t, account(t, "former-owner@example.com", Role.OWNER),
                m -> m.remove(TestData.at(Duration.ofDays(5))));
        Member held = account(t, "held@example.com", Role.ADVISOR);
        TenantId other = seed().tenant();
        Member otherTenant = account(other, "never@example.com", Role.ADVISOR);
        Expiry inactive = expiry(RetentionCategory.INACTIVE_MEMBERS, CUTOFF, Set.of(held.id().value()), 2);

        assertThat(in(t, () -> ports.members().countExpired(t, inactive))).isEqualTo(3);
        assertThat(in(t, () -> ports.members().removeExpired(t, inactive))).isEqualTo(2);
        assertThat(in(t, () -> ports.members().removeExpired(t, inactive))).isEqualTo(1);
        assertThat(in(t, () -> ports.members().removeExpired(t, inactive))).isZero();
        assertThat(in(t, () -> ports.members().countExpired(t, inactive))).isZero();

        for (Member gone : List.of(neverSignedIn, signedInLongAgo, removedOwner)) {
            Member loaded = in(t, () -> ports.members().find(t, gone.id())).orElseThrow();
            assertThat(loaded.state().status()).isEqualTo(MemberStatus.ANONYMIZED);
            assertThat(loaded.email()).isEqualTo(Member.anonymizedEmail(gone.id()));
            assertThat(loaded.state().displayName()).isEqualTo(Member.ANONYMIZED_NAME);
            assertThat(loaded.role()).isEqualTo(gone.role());
            assertThat(loaded.state().removedAt()).contains(gone.state().removedAt().orElse(gone.inactiveSince()));
            assertThat(hasSignInData(t, gone.id())).as("sign-in data of %s", gone.email()).isFalse();
        }
        assertThat(in(t, () -> ports.members().findActiveByEmail(t, Email.of("never@example.com")))).isEmpty();
        for (Member kept : List.of(signedInRecently, activeOwner, held)) {
            assertThat(in(t, () -> ports.members().find(t, kept.id()))).map(Member::state).contains(kept.state());
            assertThat(hasSignInData(t, kept.id())).isTrue();
        }
        assertThat(in(other, () -> ports.members().find(other, otherTenant.id()))).map(Member::state)
                .contains(otherTenant.state());
        assertThat(hasSignInData(other, otherTenant.id())).isTrue();
    }

    @Test
    void accounts_whose_deletion_was_requested_before_the_cutoff_are_deleted_with_their_sign_in_data() {
        Seed s = seed();
        TenantId t = s.tenant();
        Instant cutoff = TestData.at(Duration.ofDays(30));
        Member early = change(t, account(t, "early@example.com", Role.ADVISOR),
                m -> m.requestDeletion(TestData.at(Duration.ofDays(1))));
        Member anonymizedEarly = change(t, account(t, "anon@example.com", Role.ADVISOR),
                m -> m.requestDeletion(TestData.at(Duration.ofDays(2))));
        anonymizedEarly = change(t, anonymizedEarly, Member::anonymize);
        Member late = change(t, account(t, "late@example.com", Role.BDC), m -> m.requestDeletion(cutoff));
        Member heldEarly = change(t, account(t, "held@example.com", Role.BDC),
                m -> m.requestDeletion(TestData.at(Duration.ofDays(1))));
        Member removedOnly = change(t, account(t, "removed@example.com", Role.VIEWER),
                m -> m.remove(TestData.at(Duration.ofDays(1))));
        TenantId other = seed().tenant();
        Member otherTenant = change(other, account(other, "early@example.com", Role.ADVISOR),
                m -> m.requestDeletion(TestData.at(Duration.ofDays(1))));
        Expiry deleted = expiry(RetentionCategory.DELETED_MEMBERS, cutoff, Set.of(heldEarly.id().value()), 1);

        assertThat(in(t, () -> ports.members().countExpired(t, deleted))).isEqualTo(2);
        assertThat(in(t, () -> ports.members().removeExpired(t, deleted))).isEqualTo(1);
        assertThat(in(t, () -> ports.members().removeExpired(t, deleted))).isEqualTo(1);
        assertThat(in(t, () -> ports.members().removeExpired(t, deleted))).isZero();

        for (Member gone : List.of(early, anonymizedEarly)) {
            assertThat(in(t, () -> ports.members().find(t, gone.id()))).isEmpty();
            assertThat(hasSignInData(t, gone.id())).isFalse();
        }
        for (Member kept : List.of(late, heldEarly, removedOnly)) {
            assertThat(in(t, () -> ports.members().find(t, kept.id()))).map(Member::state).contains(kept.state());
        }
        assertThat(in(other, () -> ports.members().find(other, otherTenant.id()))).isPresent();
        assertThat(hasSignInData(other, otherTenant.id())).isTrue();
    }

    @Test
    void a_purge_anonymizes_every_account_owners_included_but_held_members() {
        Seed s = seed();
        TenantId t = s.tenant();
        Member owner = account(t, "owner@example.com", Role.OWNER);
        Member signedInToday = change(t, account(t, "today@example.com", Role.ADVISOR),
                m -> m.signedIn(CUTOFF.plusSeconds(60)));
        Member held = account(t, "held@example.com", Role.BDC);
        Member anonymized = change(t, account(t, "anon@example.com", Role.VIEWER), Member::anonymize);
        TenantId other = seed().tenant();
        Member otherOwner = account(other, "owner@example.com", Role.OWNER);
        Expiry purge = expiry(RetentionCategory.TENANT_DATA, CUTOFF, Set.of(held.id().value()), 1);

        assertThat(in(t, () -> ports.members().countExpired(t, purge))).isEqualTo(2);
        assertThat(in(t, () -> ports.members().removeExpired(t, purge))).isEqualTo(1);
        assertThat(in(t, () -> ports.members().removeExpired(t, purge))).isEqualTo(1);
        assertThat(in(t, () -> ports.members().removeExpired(t, purge))).isZero();
        for (Member gone : List.of(owner, signedInToday)) {
            Member loaded = in(t, () -> ports.members().find(t, gone.id())).orElseThrow();
            assertThat(loaded.state().status()).isEqualTo(MemberStatus.ANONYMIZED);
            assertThat(loaded.email()).isEqualTo(Member.anonymizedEmail(gone.id()));
            assertThat(hasSignInData(t, gone.id())).isFalse();
        }
        assertThat(in(t, () -> ports.members().find(t, held.id()))).map(Member::state).contains(held.state());
        assertThat(in(t, () -> ports.members().find(t, anonymized.id()))).map(Member::state)
                .contains(anonymized.state());
        assertThat(in(other, () -> ports.members().find(other, otherOwner.id()))).map(Member::state)
                .contains(otherOwner.state());
    }

    @Test
    void other_categories_are_refused() {
        Seed s = seed();
        assertThatThrownBy(() -> in(s.tenant(), () -> ports.members().countExpired(s.tenant(),
                expiry(RetentionCategory.SECURITY_LOG, CUTOFF, Set.of(), 10))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
