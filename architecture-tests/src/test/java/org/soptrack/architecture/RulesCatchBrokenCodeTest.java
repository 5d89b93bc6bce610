package org.soptrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.brokenfixture.LeakyDomainObject;
import org.soptrack.core.domain.brokenfixture.cycle.Chicken;
import org.soptrack.core.domain.brokenfixture.cycle.egg.Egg;
import org.soptrack.core.port.out.brokenfixture.ForgetfulRepository;
import org.soptrack.postgres.brokenfixture.ForgetfulRow;
import org.soptrack.server.http.brokenfixture.UnguardedController;

/** The rules are not vacuous: fed deliberately broken classes (test sources only), they report violations. */
class RulesCatchBrokenCodeTest {

    private final JavaClasses broken = new ClassFileImporter().importClasses(LeakyDomainObject.class,
            ForgetfulRepository.class, Chicken.class, Egg.class, UnguardedController.class, ForgetfulRow.class);

    private EvaluationResult evaluate(ArchRule rule) {
        return rule.evaluate(broken);
    }

    @Test
    void jdbc_or_a_library_in_core_is_caught() {
        EvaluationResult result = evaluate(ArchitectureTest.core_uses_no_jdbc_or_enterprise_apis);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("java.sql.Connection");
        assertThat(evaluate(ArchitectureTest.core_depends_on_the_jdk_only).getFailureReport().toString())
                .contains("com.tngtech.archunit.core.domain.JavaClass");
    }

    @Test
    void a_domain_class_using_a_service_is_caught() {
        assertThat(evaluate(ArchitectureTest.the_domain_depends_on_neither_ports_nor_services).getFailureReport()
                .toString()).contains("SoptrackCore");
    }

    @Test
    void a_repository_method_without_a_tenant_is_caught() {
        assertThat(evaluate(ArchitectureTest.every_repository_method_takes_the_tenant).getFailureReport().toString())
                .contains("findEverything");
    }

    @Test
    void an_endpoint_without_a_security_rule_is_caught() {
        assertThat(evaluate(ArchitectureTest.every_endpoint_has_an_explicit_security_rule).getFailureReport().toString())
                .contains("UnguardedController.everyone()");
    }

    @Test
    void a_controller_reading_a_repository_is_caught() {
        assertThat(evaluate(ArchitectureTest.controllers_reach_data_only_through_use_cases).getFailureReport()
                .toString()).contains("MemberRepository");
    }

    @Test
    void a_row_class_without_the_remembering_naming_strategy_is_caught() {
        assertThat(evaluate(ArchitectureTest.row_classes_remember_their_column_names).getFailureReport().toString())
                .contains("ForgetfulRow");
    }

    @Test
    void a_package_cycle_is_caught() {
        assertThat(evaluate(ArchitectureTest.packages_are_free_of_cycles).hasViolation()).isTrue();
    }

    @Test
    void the_real_code_has_classes_for_every_rule_to_look_at() {
        JavaClasses real = new ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.soptrack");
        assertThat(real.stream().filter(c -> c.getPackageName().startsWith("org.soptrack.core"))).hasSizeGreaterThan(50);
        assertThat(real.stream().filter(c -> c.getPackageName().startsWith("org.soptrack.postgres"))).isNotEmpty();
        assertThat(real.stream().filter(c -> c.getPackageName().startsWith("org.soptrack.notify"))).isNotEmpty();
        assertThat(real.stream().filter(c -> c.getPackageName().startsWith("org.soptrack.server"))).isNotEmpty();
        assertThat(real.stream().filter(c -> c.getSimpleName().equals("LeakyDomainObject"))).isEmpty();
    }
}
