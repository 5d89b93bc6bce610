package org.soptrack.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.security.TrustedDevice;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.PhoneNumber;
import org.soptrack.core.domain.shared.RooftopId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.shared.TrustedDeviceId;
import org.soptrack.core.domain.sop.ContactPreferences;
import org.soptrack.core.domain.sop.Customer;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.Rooftop;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.domain.tenancy.TenantPurge;
import org.soptrack.core.domain.tenancy.TokenHash;
import org.soptrack.core.memory.DyingTransactions;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.port.out.TenantDirectoryPort;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.service.CoreSettings;
import org.soptrack.core.service.SoptrackCore;
import org.soptrack.core.tck.TestData;

/**
 * The retention sweep on PostgreSQL: killed between any two batches and run again it ends as an uninterrupted run
 * does, a held organization keeps everything, and the audit log stays closed to the application's own deletes.
 */
class RetentionSweepIT {

    private static final CoreSettings BATCHES_OF_3 = CoreSettings.DEFAULTS.withRetention(RetentionPolicy.defaults(), 3);

    private final FakeClock clock = FakeClock.at("2026-03-02T14:00:00Z");
    private final CorePorts shared = TestDatabase.get().ports(clock);
    private final List<TenantId> mine = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CorePorts ports = shared.withTenants(new TenantDirectoryPort() {
        @Override
        public List<TenantId> tenants() {
            return List.copyOf(mine);
        }

        @Override
        public List<TenantId> withDueMessages(Instant now, int limit) {
            return List.of();
        }

        @Override
        public List<TenantId> organizationsOf(Email email) {
            return shared.tenants().organizationsOf(email);
        }

        @Override
        public List<TenantId> organizationsWithCustomerPhone(PhoneNumber phone) {
            return shared.tenants().organizationsWithCustomerPhone(phone);
        }
    });
    private final SoptrackCore core = new SoptrackCore(ports, BATCHES_OF_3);

    private MemberActor signUp(String name) {
        var up = core.organizations().signUp().signUp(new SignUpOrganizationUseCase.Command(name,
                new Rooftop.Details(name + " Toyota", "Toyota", "Springfield", "IL"),
                Email.of("owner@" + UUID.randomUUID() + ".example"), "Olive Owner")).orElseThrow();
        mine.add(up.organizationId());
        return new MemberActor(up.ownerId(), up.organizationId(), Role.OWNER, RooftopScope.allRooftops());
    }

    private <T> T in(TenantId tenant, Supplier<T> work) {
        return ports.transactions().inTenant(tenant, work);
    }

    /** Ten logins and four trusted devices now, then three logins half a year later. */
    private void seed(MemberActor owner) {
        TenantId t = owner.tenantId();
        for (int i = 0; i < 10; i++) {
            login(owner);
        }
        in(t, () -> {
            for (int i = 0; i < 4; i++) {
                ports.trustedDevices().add(t, TrustedDevice.trust(TrustedDeviceId.of(UUID.randomUUID()), t,
                        owner.memberId(), new TokenHash("b".repeat(64)), "Phone " + i, clock.now()));
            }
            return null;
        });
    }

    private void login(MemberActor owner) {
        TenantId t = owner.tenantId();
        in(t, () -> {
            ports.audit().append(t, new AuditEvent(UUID.randomUUID(), t, clock.now(), ActorRef.member(owner.memberId()),
                    AuditAction.LOGIN_SUCCEEDED, "member:" + owner.memberId(), Map.of("address", "198.51.100.4")));
            return null;
        });
    }

    /** The organization's audit entries of {@code action}, read from the store (a purge anonymizes the owner). */
    private List<AuditEvent> audit(MemberActor owner, AuditAction action) {
        TenantId t = owner.tenantId();
        return in(t, () -> ports.audit().find(t, new AuditQuery(Optional.empty(), Set.of(action), Optional.empty(),
                Optional.empty(), Optional.empty(), 200))).items();
    }

    @Test
    void a_sweep_killed_between_batches_resumes_and_a_held_organization_keeps_everything() {
        MemberActor a = signUp("Acme Motors");
        MemberActor held = signUp("Held Motors");
        seed(a);
        seed(held);
        core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(held, HoldSubject.organization(),
                "Litigation hold: case 24-CV-1187")).orElseThrow();
        clock.advance(Duration.ofDays(100));
        for (int i = 0; i < 3; i++) {
            login(a);
        }
        clock.advance(Duration.ofDays(85));

        SoptrackCore dying = new SoptrackCore(ports.withTransactions(DyingTransactions.after(ports.transactions(), 4)),
                BATCHES_OF_3);
        assertThatThrownBy(() -> dying.privacy().sweepRetention().sweepAll(false)).hasMessage("killed");
        assertThat(audit(a, AuditAction.LOGIN_SUCCEEDED)).as("killed half-way").hasSizeBetween(4, 12);
        var resumed = core.privacy().sweepRetention().sweepAll(false);
        var again = core.privacy().sweepRetention().sweepAll(false);

        assertThat(audit(a, AuditAction.LOGIN_SUCCEEDED)).hasSize(3);
        assertThat(in(a.tenantId(), () -> ports.trustedDevices().findUnrevoked(a.tenantId(), a.memberId()))).isEmpty();
        long audited = audit(a, AuditAction.RETENTION_SWEPT).stream()
                .mapToLong(e -> Long.parseLong(e.details().get("records"))).sum();
        assertThat(audited).as("every removed record is in the audit log once").isEqualTo(10 + 4);
        assertThat(resumed.total()).isLessThan(14).isPositive();
        assertThat(again.total()).isZero();

        assertThat(audit(held, AuditAction.LOGIN_SUCCEEDED)).hasSize(10);
        assertThat(in(held.tenantId(), () -> ports.trustedDevices().findUnrevoked(held.tenantId(), held.memberId())))
                .hasSize(4);
        assertThat(resumed.lines()).filteredOn(l -> l.tenant().equals(held.tenantId()))
                .isNotEmpty().allSatisfy(l -> assertThat(l.suspended()).isTrue());
    }

    @Test
    void the_application_role_cannot_delete_audit_entries_itself_nor_sweep_without_a_tenant() throws SQLException {
        try (Connection c = TestDatabase.get().app().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("DELETE FROM audit_events")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("SELECT retention_delete_audit(ARRAY['LOGIN_SUCCEEDED'], now(), "
                    + "ARRAY[]::uuid[], 10)")).isInstanceOf(SQLException.class).hasMessageContaining("needs a tenant");
            assertThatThrownBy(() -> s.execute("SELECT retention_delete_audit(ARRAY['LOGIN_SUCCEEDED'], now(), "
                    + "ARRAY[]::uuid[], 10, NULL, NULL, NULL)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("needs a tenant");
        }
    }

    @Test
    @Timeout(60) // a window of no width would never move on
    void a_position_with_a_width_of_nothing_still_ends_and_the_repository_refuses_one() throws SQLException {
        MemberActor owner = signUp("Narrow Motors");
        TenantId tenant = owner.tenantId();
        try (Connection c = TestDatabase.get().app().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL app.tenant_id = '" + tenant.value() + "'");
            try (ResultSet rs = s.executeQuery("SELECT removed FROM retention_delete_audit(ARRAY['LOGIN_FAILED'], "
                    + "now(), ARRAY[]::uuid[], 10, 'LOGIN_FAILED', now() - interval '1 day', interval '0')")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isZero();
            }
            c.rollback();
        }
        Expiry expiry = new Expiry(RetentionCategory.SECURITY_LOG, Instant.now(), Set.of(), Set.of(), 10);
        for (String forged : List.of("LOGIN_FAILED@2026-01-01T00:00:00Z@0", "LOGIN_FAILED@2026-01-01T00:00:00Z@-5",
                "LOGIN_FAILED@2026-01-01T00:00:00Z", "NO_SUCH_ACTION@2026-01-01T00:00:00Z@60000000")) {
            assertThatThrownBy(() -> in(tenant, () -> ports.audit().removeExpired(tenant, expiry,
                    Optional.of(forged)))).as(forged).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_cancelled_organization_is_purged_after_its_grace_period_even_when_killed_half_way() {
        MemberActor gone = signUp("Gone Motors");
        MemberActor staying = signUp("Staying Motors");
        for (MemberActor owner : List.of(gone, staying)) {
            for (int i = 0; i < 4; i++) {
                CustomerId customer = core.customers().registerCustomer().register(new RegisterCustomerUseCase.Command(owner,
                        new Customer.Contact("Casey Customer " + i, Optional.empty(),
                                Optional.of(Email.of("casey" + i + "@example.com")), ContactPreferences.allChannels())))
                        .orElseThrow().id();
                RooftopId rooftop = core.organizations().listRooftops().list(owner).orElseThrow().get(0).id();
                core.orders().createSpecialOrder().create(new CreateSpecialOrderUseCase.Command(owner, rooftop,
                        TestData.details(customer, "RO-" + i, "PN-" + i))).orElseThrow();
            }
        }
        core.organizations().billing().receive(new BillingUseCase.Notice(gone.tenantId(), "evt_cancel", "subscription.cancelled",
                clock.now(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).orElseThrow();
        clock.advance(Duration.ofDays(91));

        SoptrackCore dying = new SoptrackCore(ports.withTransactions(DyingTransactions.after(ports.transactions(), 3)),
                BATCHES_OF_3);
        assertThatThrownBy(() -> dying.privacy().sweepRetention().sweepAll(false)).hasMessage("killed");
        core.privacy().sweepRetention().sweepAll(false);

        Organization purged = in(gone.tenantId(), () -> ports.organizations().find(gone.tenantId())).orElseThrow();
        TenantPurge purge = purged.purge().orElseThrow();
        assertThat(purge.completed()).isTrue();
        assertThat(purge.counts()).containsEntry("specialOrders", 4L).containsEntry("customers", 4L)
                .containsEntry("rooftops", 1L).containsEntry("memberAccounts", 1L);
        assertThat(audit(gone, AuditAction.RETENTION_SWEPT).stream()
                .filter(e -> e.details().get("category").equals("TENANT_DATA"))
                .mapToLong(e -> Long.parseLong(e.details().get("records"))).sum()).isEqualTo(purge.total());
        Expiry all = new Expiry(RetentionCategory.TENANT_DATA, clock.now(), Set.of(), Set.of(), 10);
        assertThat(in(gone.tenantId(), () -> ports.tenantData().countExpired(gone.tenantId(), all))).isZero();
        assertThat(in(gone.tenantId(), () -> ports.members().find(gone.tenantId(), gone.memberId())))
                .hasValueSatisfying(m -> assertThat(m.state().status()).isEqualTo(MemberStatus.ANONYMIZED));
        assertThat(purged.name()).isEqualTo(Organization.DELETED_NAME);
        assertThat(in(gone.tenantId(), () -> ports.billing().findAll(gone.tenantId()))).hasSize(1);
        assertThat(in(staying.tenantId(), () -> ports.tenantData().census(staying.tenantId(), all)))
                .containsEntry("specialOrders", 4L).containsEntry("customers", 4L);
    }
}
