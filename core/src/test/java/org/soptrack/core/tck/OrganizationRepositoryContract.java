package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.domain.tenancy.Organization;
import org.soptrack.core.domain.tenancy.SubscriptionState;
import org.soptrack.core.port.out.UpdateResult;

/** What every {@code OrganizationRepository} must do. */
public abstract class OrganizationRepositoryContract extends PortsContract {

    @Test
    void round_trip_keeps_every_field_and_the_version() {
        TenantId tenant = TestData.newTenant();
        Organization org = TestData.organization(tenant);
        run(tenant, () -> ports.organizations().add(tenant, org));

        Organization loaded = in(tenant, () -> ports.organizations().find(tenant)).orElseThrow();
        assertThat(loaded.state()).isEqualTo(org.state());
        assertThat(loaded.version()).isZero();
    }

    @Test
    void the_mfa_requirement_is_kept() {
        TenantId tenant = TestData.newTenant();
        run(tenant, () -> ports.organizations().add(tenant, TestData.organization(tenant)));
        Organization loaded = in(tenant, () -> ports.organizations().find(tenant)).orElseThrow();
        assertThat(loaded.requireMfa(true)).isTrue();
        assertThat(in(tenant, () -> ports.organizations().update(tenant, loaded))).isEqualTo(UpdateResult.UPDATED);
        assertThat(in(tenant, () -> ports.organizations().find(tenant)).orElseThrow().mfaRequired()).isTrue();
    }

    @Test
    void an_unknown_organization_is_empty() {
        TenantId tenant = TestData.newTenant();
        assertThat(in(tenant, () -> ports.organizations().find(tenant))).isEmpty();
    }

    @Test
    void an_update_bumps_the_version_and_a_stale_one_conflicts() {
        TenantId tenant = TestData.newTenant();
        run(tenant, () -> ports.organizations().add(tenant, TestData.organization(tenant)));
        Organization first = in(tenant, () -> ports.organizations().find(tenant)).orElseThrow();
        Organization second = in(tenant, () -> ports.organizations().find(tenant)).orElseThrow();

        first.changeSubscription(SubscriptionState.ACTIVE, TestData.T0);
        assertThat(in(tenant, () -> ports.organizations().update(tenant, first))).isEqualTo(UpdateResult.UPDATED);
        second.changeSubscription(SubscriptionState.CANCELLED, TestData.T0);
        assertThat(in(tenant, () -> ports.organizations().update(tenant, second))).isEqualTo(UpdateResult.CONFLICT);

        Organization stored = in(tenant, () -> ports.organizations().find(tenant)).orElseThrow();
        assertThat(stored.subscription()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void another_tenant_can_neither_see_nor_change_it() {
        Seed a = seed();
        TenantId b = TestData.newTenant();
        Organization aOrg = in(a.tenant(), () -> ports.organizations().find(a.tenant())).orElseThrow();

        assertThat(in(b, () -> ports.organizations().find(a.tenant()))).isEmpty();
        aOrg.changeSubscription(SubscriptionState.CANCELLED, TestData.T0);
        assertThat(in(b, () -> ports.organizations().update(a.tenant(), aOrg))).isEqualTo(UpdateResult.CONFLICT);
        assertThat(in(b, () -> ports.organizations().update(b, aOrg))).isEqualTo(UpdateResult.CONFLICT);

        assertThat(in(a.tenant(), () -> ports.organizations().find(a.tenant())).orElseThrow().subscription())
                .isEqualTo(SubscriptionState.TRIAL);
    }
}
