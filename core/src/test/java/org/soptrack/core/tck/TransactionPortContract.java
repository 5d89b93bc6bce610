package org.soptrack.core.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.TenantId;

/** What every {@code TransactionPort} must do. */
public abstract class TransactionPortContract extends PortsContract {

    @Test
    void work_that_throws_leaves_nothing_behind() {
        TenantId tenant = TestData.newTenant();
        assertThatThrownBy(() -> run(tenant, () -> {
            ports.organizations().add(tenant, TestData.organization(tenant));
            ports.rooftops().add(tenant, TestData.rooftop(tenant, "Half Written"));
            throw new IllegalStateException("boom");
        })).hasMessageContaining("boom");

        assertThat(in(tenant, () -> ports.organizations().find(tenant))).isEmpty();
        assertThat(in(tenant, () -> ports.rooftops().findAll(tenant))).isEmpty();
    }

    @Test
    void work_that_returns_is_committed_and_its_value_returned() {
        TenantId tenant = TestData.newTenant();
        String value = in(tenant, () -> {
            ports.organizations().add(tenant, TestData.organization(tenant));
            return "done";
        });
        assertThat(value).isEqualTo("done");
        assertThat(in(tenant, () -> ports.organizations().find(tenant))).isPresent();
    }

    @Test
    void a_repository_asked_for_another_tenant_than_the_transactions_sees_nothing() {
        Seed a = seed();
        TenantId b = TestData.newTenant();
        assertThat(in(b, () -> ports.organizations().find(a.tenant()))).isEmpty();
        assertThat(in(b, () -> ports.rooftops().findAll(a.tenant()))).isEmpty();
        assertThat(in(b, () -> ports.customers().find(a.tenant(), a.customer()))).isEmpty();
    }
}
