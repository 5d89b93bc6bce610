package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.retention.HoldSubject;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.sop.CustomerId;
import org.soptrack.core.domain.tenancy.Member;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.MemberStatus;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.port.in.DeleteOrganizationUseCase;
import org.soptrack.core.port.in.LegalHoldsUseCase;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.SecondFactorSettingsUseCase;
import org.soptrack.core.port.out.OutboxQuery;

/**
 * Deletion on request (seed 000: "you may request earlier deletion") and the rule for a trial that never ends, on a
 * fake clock, with the defaults: 7 days to change one's mind, a trial of 60 days, a grace period of 90.
 */
class OrganizationDeletionTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org org = f.signUp("Leaving");
    private final MemberActor coOwner = f.join(org, Role.OWNER);
    private final MemberActor admin = f.join(org, Role.ADMIN);

    private Outcome<Organization> request(MemberActor actor, Password password) {
        return f.core.organizations().deleteOrganization().request(actor, Optional.of(password));
    }

    private Organization organization(TenantId tenant) {
        return f.ports.transactions().inTenant(tenant, () -> f.ports.organizations().find(tenant)).orElseThrow();
    }

    private List<OutboxMessage> mail(TenantId tenant, NotificationEvent event) {
        return f.ports.transactions().inTenant(tenant, () -> f.ports.outbox().find(tenant, new OutboxQuery(
                Optional.empty(), Optional.empty(), Optional.empty(), 200)).items()).stream()
                .filter(m -> m.event() == event).toList();
    }

    private Member stored(MemberActor actor) {
        return f.ports.transactions().inTenant(actor.tenantId(), () -> f.ports.members()
                .find(actor.tenantId(), actor.memberId())).orElseThrow();
    }

    @Test
    void an_owner_asks_with_the_password_every_owner_is_told_and_the_purge_waits_seven_days() {
        f.activate(org);
        assertThat(request(admin, CoreFixture.PASSWORD)).as("an administrator").isInstanceOf(Outcome.Forbidden.class);
        assertThat(request(coOwner, new Password("not the password at all")))
                .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.code())
                        .isEqualTo(SecondFactorSettingsUseCase.REAUTHENTICATION_FAILED));
        assertThat(organization(org.tenant()).deletion()).isEmpty();

        Instant asked = f.clock.now();
        Organization requested = request(coOwner, CoreFixture.PASSWORD).orElseThrow();
        assertThat(requested.deletion()).hasValueSatisfying(d -> assertThat(d.purgeFrom())
                .isEqualTo(asked.plus(Duration.ofDays(7))));
        assertThat(mail(org.tenant(), NotificationEvent.ORGANIZATION_DELETION_REQUESTED)).as("both owners")
                .hasSize(2).allSatisfy(m -> assertThat(m.content().body()).contains("Sam Staff asked for Leaving"));
        assertThat(f.audit(org, AuditAction.ORGANIZATION_DELETION_REQUESTED)).hasSize(1);
        assertThat(request(org.owner(), CoreFixture.PASSWORD)).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(DeleteOrganizationUseCase.ALREADY_REQUESTED));

        CustomerId customer = f.customer(org.owner());
        f.create(org.owner(), org.rooftop(), customer, "RO-1").orElseThrow();
        f.clock.set(asked.plus(Duration.ofDays(7)).minusSeconds(1));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(organization(org.tenant()).purge()).as("a second before the seventh day").isEmpty();
        assertThat(f.core.team().listTeam().list(admin).isOk()).as("work goes on meanwhile").isTrue();

        f.clock.set(asked.plus(Duration.ofDays(7)));
        f.core.privacy().sweepRetention().sweepAll(false);
        Organization purged = organization(org.tenant());
        assertThat(purged.purge()).hasValueSatisfying(p -> assertThat(p.completed()).isTrue());
        assertThat(purged.name()).isEqualTo(Organization.DELETED_NAME);
        for (MemberActor member : List.of(org.owner(), coOwner, admin)) {
            assertThat(stored(member).state().status()).isEqualTo(MemberStatus.ANONYMIZED);
            assertThat(stored(member).email()).isEqualTo(Member.anonymizedEmail(member.memberId()));
        }
        f.ports.transactions().inTenant(org.tenant(), () -> {
            assertThat(f.ports.customers().find(org.tenant(), customer)).isEmpty();
            assertThat(f.ports.rooftops().findAll(org.tenant())).isEmpty();
            assertThat(f.ports.invitations().findPending(org.tenant())).isEmpty();
            assertThat(f.ports.billing().findAll(org.tenant())).as("billing records stay for 7 years").hasSize(1);
            return null;
        });
        assertThat(f.audit(org, AuditAction.TENANT_PURGE_STARTED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("deletionRequestedAt", asked.toString()));
    }

    @Test
    void any_owner_cancels_before_the_purge_and_nothing_goes() {
        request(org.owner(), CoreFixture.PASSWORD).orElseThrow();
        f.clock.advance(Duration.ofDays(3));
        assertThat(f.core.organizations().deleteOrganization().cancel(admin)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(f.core.organizations().deleteOrganization().cancel(coOwner)).isInstanceOf(Outcome.Ok.class);
        assertThat(f.core.organizations().deleteOrganization().cancel(coOwner)).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(DeleteOrganizationUseCase.NOT_REQUESTED));
        assertThat(mail(org.tenant(), NotificationEvent.ORGANIZATION_DELETION_CANCELLED)).hasSize(2);
        assertThat(f.audit(org, AuditAction.ORGANIZATION_DELETION_CANCELLED)).hasSize(1);
        f.activate(org);
        f.clock.advance(Duration.ofDays(30));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(organization(org.tenant()).purge()).isEmpty();
        assertThat(stored(coOwner).state().status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void once_the_purge_started_it_runs_to_its_end_and_the_accounts_go_last() {
        f.activate(org);
        CustomerId held = f.customer(org.owner());
        f.create(org.owner(), org.rooftop(), held, "RO-7").orElseThrow();
        var hold = f.core.privacy().legalHolds().place(new LegalHoldsUseCase.Place(org.owner(), HoldSubject.customer(held.value()),
                "Warranty dispute")).orElseThrow();
        request(org.owner(), CoreFixture.PASSWORD).orElseThrow();
        f.clock.advance(Duration.ofDays(8));
        f.core.privacy().sweepRetention().sweepAll(false);

        assertThat(organization(org.tenant()).purge()).hasValueSatisfying(p -> assertThat(p.completed()).isFalse());
        assertThat(stored(org.owner()).state().status()).as("an owner can still release the hold")
                .isEqualTo(MemberStatus.ACTIVE);
        assertThat(f.core.organizations().deleteOrganization().cancel(org.owner())).isInstanceOfSatisfying(Outcome.Rejected.class,
                r -> assertThat(r.code()).isEqualTo(DeleteOrganizationUseCase.PURGE_STARTED));

        f.core.privacy().legalHolds().release(org.owner(), hold.id()).orElseThrow();
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(organization(org.tenant()).purge()).hasValueSatisfying(p -> assertThat(p.completed()).isTrue());
        assertThat(stored(org.owner()).state().status()).isEqualTo(MemberStatus.ANONYMIZED);
    }

    @Test
    void a_trial_lapses_after_sixty_days_into_a_cancellation_and_is_purged_after_the_grace_period() {
        CoreFixture.Org paying = f.signUp("Paying");
        Instant start = f.clock.now();
        f.clock.advance(Duration.ofDays(30));
        f.activate(paying);

        f.clock.set(start.plus(Duration.ofDays(60)).minusSeconds(1));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(organization(org.tenant()).subscription()).isEqualTo(SubscriptionState.TRIAL);

        f.clock.set(start.plus(Duration.ofDays(60)));
        f.core.privacy().sweepRetention().sweepAll(false);
        Organization lapsed = organization(org.tenant());
        assertThat(lapsed.subscription()).isEqualTo(SubscriptionState.CANCELLED);
        assertThat(lapsed.readOnly()).isTrue();
        assertThat(f.audit(org, AuditAction.SUBSCRIPTION_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("to", "CANCELLED")
                        .containsEntry("reason", "the trial lapsed after 60 days"));
        assertThat(mail(org.tenant(), NotificationEvent.BILLING_NOTICE)).hasSize(2)
                .allSatisfy(m -> assertThat(m.content().body()).contains("trial of Leaving ended"));
        assertThat(organization(paying.tenant()).subscription()).isEqualTo(SubscriptionState.ACTIVE);

        f.clock.set(start.plus(Duration.ofDays(60 + 91)));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(organization(org.tenant()).purge()).hasValueSatisfying(p -> assertThat(p.completed()).isTrue());
        assertThat(organization(paying.tenant()).purge()).isEmpty();
    }
}
