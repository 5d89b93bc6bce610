package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.shared.Email;
import org.soptrack.core.domain.shared.Page;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.RooftopScope;
import org.soptrack.core.port.in.InviteMemberUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.out.AuditLogRepository;
import org.soptrack.core.port.out.AuditQuery;
import org.soptrack.core.port.out.Expiry;
import org.soptrack.core.service.CoreFixture.Org;
import org.soptrack.core.tck.TestData;

/** A use case either happens whole or not at all (R-SEC-6: never a partial write). */
class UseCaseContextTest {

    private final CoreFixture f = new CoreFixture();

    @Test
    void a_refusal_after_a_write_rolls_the_write_back() {
        Org org = f.signUp("Acme Motors");
        UseCaseContext ctx = new UseCaseContext(f.ports.transactions(), f.ports.members(), f.ports.organizations(), f.ports.grants(),
                f.ports.sessions(), SessionPolicy.defaults(), f.ports.audit(), f.clock, f.ports.ids());
        TenantId tenant = org.tenant();
        Outcome<String> outcome = ctx.inTenant(tenant, () -> {
            f.ports.rooftops().add(tenant, TestData.rooftop(tenant, "Written Then Refused"));
            return Outcome.rejected("nope", "refused after writing");
        });
        assertThat(outcome).isEqualTo(Outcome.rejected("nope", "refused after writing"));
        assertThat(f.core.organizations().listRooftops().list(org.owner()).orElseThrow()).hasSize(1);
    }

    @Test
    void invalid_values_met_inside_a_use_case_become_invalid_outcomes_and_roll_back() {
        Org org = f.signUp("Acme Motors");
        UseCaseContext ctx = new UseCaseContext(f.ports.transactions(), f.ports.members(), f.ports.organizations(), f.ports.grants(),
                f.ports.sessions(), SessionPolicy.defaults(), f.ports.audit(), f.clock, f.ports.ids());
        Outcome<Object> outcome = ctx.inTenant(org.tenant(), () -> {
            f.ports.rooftops().add(org.tenant(), TestData.rooftop(org.tenant(), "Half"));
            Email.of("broken");
            return Outcome.ok("unreachable");
        });
        assertThat(outcome).isEqualTo(Outcome.invalid("email", "is not an e-mail address"));
        assertThat(f.core.organizations().listRooftops().list(org.owner()).orElseThrow()).hasSize(1);
    }

    @Test
    void when_the_audit_log_fails_the_audited_change_does_not_happen() {
        Org org = f.signUp("Acme Motors");
        AuditLogRepository failing = new AuditLogRepository() {
            @Override
            public void append(TenantId tenant, AuditEvent event) {
                throw new IllegalStateException("audit store down");
            }

            @Override
            public Page<AuditEvent> find(TenantId tenant, AuditQuery query) {
                return f.ports.audit().find(tenant, query);
            }

            @Override
            public long countExpired(TenantId tenant, Expiry expiry) {
                return f.ports.audit().countExpired(tenant, expiry);
            }

            @Override
            public int removeExpired(TenantId tenant, Expiry expiry) {
                return f.ports.audit().removeExpired(tenant, expiry);
            }
        };
        CorePorts p = f.ports;
        SoptrackCore broken = new SoptrackCore(new CorePorts(p.transactions(), p.clock(), p.ids(), p.tokens(),
                p.organizations(), p.rooftops(), p.members(), p.invitations(), p.grants(), p.customers(), p.orders(),
                p.contactAttempts(), p.sopNumbers(), failing, p.credentials(), p.passwordHasher(), p.sessions(),
                p.trustedDevices(), p.oneTimeCodes(), p.totp(), p.tenants(), p.outbox(), p.notificationSettings(),
                p.legalHolds(), p.billing(), p.tenantData(), p.publicRequests(), p.subjectRequests(),
                p.personalData(), p.retentionOverrides(), p.webhookAddresses(), p.accountTokens(), p.notes(),
                p.linkSignatures(), p.platformAudit(), p.incidents()));
        assertThatThrownBy(() -> broken.team().inviteMember().invite(new InviteMemberUseCase.Command(org.owner(),
                Email.of("x@example.com"), Role.VIEWER, RooftopScope.allRooftops()))).hasMessageContaining("audit store down");
        assertThat(f.core.team().listTeam().list(org.owner()).orElseThrow().pendingInvitations()).isEmpty();
    }
}
