package org.soptrack.core.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.security.SessionPolicy;
import org.soptrack.core.domain.shared.ActorRef;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.service.CoreSettings;

/** Periods, the published defaults, overrides per deployment and per organization, the planner and the table. */
class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void periods_parse_iso_text_count_calendar_time_and_read_as_words() {
        assertThat(RetentionPeriod.parse("P180D").words()).isEqualTo("180 days");
        assertThat(RetentionPeriod.parse("p7y").words()).isEqualTo("7 years");
        assertThat(RetentionPeriod.parse("PT10M").words()).isEqualTo("10 minutes");
        assertThat(RetentionPeriod.parse("P1Y6M").iso()).isEqualTo("P1Y6M");
        assertThat(RetentionPeriod.parse("P1Y").cutoff(Instant.parse("2025-03-01T00:00:00Z")))
                .isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(RetentionPeriod.parse("PT10M").cutoff(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
        for (String bad : new String[] {"", "P0D", "-P1D", "PT-5M", "ten days", "P1DT"}) {
            assertThatThrownBy(() -> RetentionPeriod.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void the_defaults_are_the_published_table() {
        Map<RetentionCategory, String> expected = Map.of(
                RetentionCategory.SECURITY_LOG, "180 days",
                RetentionCategory.MFA_CODES, "10 minutes",
                RetentionCategory.TRUSTED_DEVICES, "90 days",
                RetentionCategory.INACTIVE_MEMBERS, "180 days",
                RetentionCategory.DELETED_MEMBERS, "30 days",
                RetentionCategory.PUBLIC_REQUESTS, "1 year",
                RetentionCategory.OPERATOR_AUDIT, "2 years",
                RetentionCategory.PLATFORM_AUDIT, "2 years",
                RetentionCategory.INCIDENTS, "5 years",
                RetentionCategory.DELIVERY_LOG, "90 days");
        RetentionPolicy policy = RetentionPolicy.defaults();
        assertThat(policy.rules()).extracting(RetentionRule::category).containsExactly(RetentionCategory.values());
        expected.forEach((category, words) -> assertThat(policy.rule(category).period().words()).isEqualTo(words));
        assertThat(policy.rules()).filteredOn(r -> r.action() == RetentionAction.ANONYMIZE)
                .extracting(RetentionRule::category).containsExactly(RetentionCategory.INACTIVE_MEMBERS);
        assertThat(policy.rules()).noneMatch(RetentionRule::overridden);
    }

    @Test
    void a_deployment_sets_any_period_and_an_organization_only_shortens_those_that_allow_it() {
        RetentionPolicy deployment = RetentionPolicy.defaults()
                .with(Map.of(RetentionCategory.SECURITY_LOG, RetentionPeriod.days(365)));
        assertThat(deployment.rule(RetentionCategory.SECURITY_LOG).overridden()).isTrue();

        deployment.checkOrganizationOverride(RetentionCategory.SECURITY_LOG, RetentionPeriod.days(30), NOW);
        deployment.checkOrganizationOverride(RetentionCategory.SECURITY_LOG, RetentionPeriod.days(365), NOW);
        assertThatThrownBy(() -> deployment.checkOrganizationOverride(RetentionCategory.SECURITY_LOG,
                RetentionPeriod.days(366), NOW)).hasMessageContaining("365 days");
        assertThatThrownBy(() -> deployment.checkOrganizationOverride(RetentionCategory.OPERATOR_AUDIT,
                RetentionPeriod.days(30), NOW)).hasMessageContaining("whole deployment");

        RetentionPolicy organization = deployment.forOrganization(Map.of(
                RetentionCategory.SECURITY_LOG, RetentionPeriod.days(30),
                RetentionCategory.DELIVERY_LOG, RetentionPeriod.days(400),
                RetentionCategory.MFA_CODES, RetentionPeriod.of(Duration.ofMinutes(1))), NOW);
        assertThat(organization.rule(RetentionCategory.SECURITY_LOG).period()).isEqualTo(RetentionPeriod.days(30));
        assertThat(organization.rule(RetentionCategory.DELIVERY_LOG).period()).isEqualTo(RetentionPeriod.days(90));
        assertThat(organization.rule(RetentionCategory.MFA_CODES).period().words()).isEqualTo("10 minutes");
    }

    private static LegalHold hold(HoldSubject subject) {
        return LegalHold.place(new LegalHoldId(UUID.randomUUID()), TenantId.of(UUID.randomUUID()), subject,
                "Litigation hold: case 24-CV-1187", ActorRef.system(), NOW);
    }

    @Test
    void the_planner_gives_each_rule_its_cutoff_and_honours_only_holds_in_force() {
        UUID member = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        LegalHold released = hold(HoldSubject.organization());
        released.release(ActorRef.system(), NOW);
        List<PlannedSweep> plan = RetentionPlanner.plan(RetentionPolicy.defaults(),
                List.of(released, hold(HoldSubject.member(member)), hold(HoldSubject.customer(customer))), NOW);

        assertThat(plan).hasSize(RetentionCategory.values().length - 3) // the platform's requests, audit log, incidents
                .noneMatch(PlannedSweep::suspended)
                .noneMatch(p -> p.category().platform());
        PlannedSweep security = plan.get(0);
        assertThat(security.cutoff()).isEqualTo(NOW.minus(Duration.ofDays(180)));
        assertThat(security.heldMembers()).containsExactly(member);
        assertThat(security.heldCustomers()).containsExactly(customer);
        assertThat(security.why()).contains("180 days", "delete", "2 subject(s) under legal hold");

        LegalHold organization = hold(HoldSubject.organization());
        assertThat(RetentionPlanner.plan(RetentionPolicy.defaults(), List.of(organization), NOW))
                .allSatisfy(p -> assertThat(p.suspendedBy()).isEqualTo(Optional.of(organization.id())));
    }

    @Test
    void the_markdown_table_has_one_row_per_rule_in_the_policy() {
        String table = RetentionTable.markdown(RetentionPolicy.defaults()
                .with(RetentionCategory.DELIVERY_LOG, RetentionPeriod.days(30)).rules());
        assertThat(table.lines()).hasSize(2 + RetentionCategory.values().length);
        assertThat(table).contains("| notification delivery log | 30 days | the message was delivered or given up | delete | yes |");
        assertThat(table).contains("| MFA one-time codes | 10 minutes | the code was sent | delete | no |");
    }

    @Test
    void a_hold_needs_a_reason_and_is_released_once() {
        assertThatThrownBy(() -> LegalHold.place(new LegalHoldId(UUID.randomUUID()), TenantId.of(UUID.randomUUID()),
                HoldSubject.organization(), "because", ActorRef.system(), NOW)).isInstanceOf(InvalidValueException.class);
        LegalHold hold = hold(HoldSubject.customer(UUID.randomUUID()));
        assertThat(hold.release(ActorRef.system(), NOW)).isTrue();
        assertThat(hold.release(ActorRef.system(), NOW)).isFalse();
        assertThat(hold.inForce()).isFalse();
    }

    @Test
    void the_mfa_code_period_may_not_end_before_a_code_stops_being_valid() {
        RetentionPolicy fiveMinutes = RetentionPolicy.defaults().with(RetentionCategory.MFA_CODES,
                RetentionPeriod.of(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> CoreSettings.DEFAULTS.withRetention(fiveMinutes, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shorter than their validity");
        RetentionPolicy tenMinutes = RetentionPolicy.defaults().with(RetentionCategory.MFA_CODES,
                RetentionPeriod.of(Duration.ofMinutes(10)));
        assertThat(CoreSettings.DEFAULTS.withRetention(tenMinutes, 1000).retention()
                .rule(RetentionCategory.MFA_CODES).period()).isEqualTo(RetentionPeriod.of(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> CoreSettings.DEFAULTS.withSessions(new SessionPolicy(Duration.ofDays(14),
                Duration.ofDays(30), Duration.ofMinutes(15), 5, Duration.ofDays(90))))
                .as("nor may a longer validity outlive the default period").isInstanceOf(IllegalArgumentException.class);
    }
}
