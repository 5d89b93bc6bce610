package org.soptrack.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.audit.AuditAction;
import org.soptrack.core.domain.audit.AuditEvent;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionPeriod;
import org.soptrack.core.domain.retention.RetentionRule;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.tenancy.Role;
import org.soptrack.core.port.in.Outcome;
import org.soptrack.core.port.in.RetentionOverridesUseCase;

/**
 * An organization's own, shorter retention periods (R-RET-1) on a fake clock: the sweep applies them to that
 * organization only, at their boundary; a longer period, a deployment-only category or bad text is refused by field.
 */
class RetentionOverridesTest {

    private final CoreFixture f = new CoreFixture();
    private final CoreFixture.Org shortened = f.signUp("Short");
    private final CoreFixture.Org published = f.signUp("Published");
    private final RetentionOverridesUseCase overrides = f.core.privacy().retentionOverrides();

    private void login(CoreFixture.Org org) {
        f.ports.transactions().inTenant(org.tenant(), () -> {
            f.ports.audit().append(org.tenant(), new AuditEvent(UUID.randomUUID(), org.tenant(), f.clock.now(),
                    ActorRef.member(org.owner().memberId()), AuditAction.LOGIN_SUCCEEDED, "member:x", Map.of()));
            return null;
        });
    }

    private static void assertInvalid(Outcome<?> outcome, String field) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, i -> assertThat(i.field()).isEqualTo(field));
    }

    @Test
    void a_shorter_security_log_period_is_swept_at_its_own_boundary_in_that_organization_only() {
        var effective = overrides.replace(shortened.owner(), Map.of("SECURITY_LOG", "P90D")).orElseThrow();
        assertThat(effective.overridden()).containsExactly(RetentionCategory.SECURITY_LOG);
        assertThat(effective.rules()).filteredOn(r -> r.category() == RetentionCategory.SECURITY_LOG)
                .extracting(RetentionRule::period).containsExactly(RetentionPeriod.days(90));
        assertThat(overrides.effective(published.owner()).orElseThrow().overridden()).isEmpty();
        login(shortened);
        login(published);

        f.clock.advance(Duration.ofDays(89));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(f.audit(shortened, AuditAction.LOGIN_SUCCEEDED)).as("day 89").hasSize(1);
        f.clock.advance(Duration.ofDays(2));
        f.core.privacy().sweepRetention().sweepAll(false);
        assertThat(f.audit(shortened, AuditAction.LOGIN_SUCCEEDED)).as("day 91").isEmpty();
        assertThat(f.audit(published, AuditAction.LOGIN_SUCCEEDED)).as("the published 180 days").hasSize(1);
        assertThat(f.audit(shortened, AuditAction.RETENTION_OVERRIDES_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("SECURITY_LOG", "P90D"));

        overrides.replace(shortened.owner(), Map.of()).orElseThrow();
        assertThat(overrides.effective(shortened.owner()).orElseThrow().overridden()).isEmpty();
    }

    @Test
    void longer_periods_deployment_only_categories_bad_text_and_other_roles_are_refused() {
        assertInvalid(overrides.replace(shortened.owner(), Map.of("SECURITY_LOG", "P200D")), "periods.SECURITY_LOG");
        RetentionCategory deploymentOnly = Arrays.stream(RetentionCategory.values())
                .filter(c -> !c.perOrganization()).findFirst().orElseThrow();
        assertInvalid(overrides.replace(shortened.owner(), Map.of(deploymentOnly.name(), "P1D")),
                "periods." + deploymentOnly.name());
        assertInvalid(overrides.replace(shortened.owner(), Map.of("SECURITY_LOG", "ninety days")),
                "periods.SECURITY_LOG");
        assertInvalid(overrides.replace(shortened.owner(), Map.of("FOREVER", "P1D")), "periods.FOREVER");
        assertThat(overrides.replace(f.join(shortened, Role.ADVISOR), Map.of("SECURITY_LOG", "P90D")))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(overrides.effective(shortened.owner()).orElseThrow().overridden()).isEmpty();
        assertThat(f.audit(shortened, AuditAction.RETENTION_OVERRIDES_CHANGED)).isEmpty();
    }
}
