package org.soptrack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.annotation.NamingStrategy;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.postgres.ColumnNames;

/** The boundaries of the hexagon, checked over the compiled main classes of every module. */
@AnalyzeClasses(packages = "org.soptrack", importOptions = ImportOption.DoNotIncludeTests.class)
public final class ArchitectureTest {

    static final String CORE = "org.soptrack.core..";
    static final String POSTGRES = "org.soptrack.postgres..";
    static final String NOTIFY = "org.soptrack.notify..";
    static final String SERVER = "org.soptrack.server..";

    @ArchTest
    static final ArchRule core_depends_on_the_jdk_only = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE)
            .because("core is a plain Java library that embedders add without any framework");

    @ArchTest
    static final ArchRule core_uses_no_jdbc_or_enterprise_apis = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax..", "jakarta..", "io.micronaut..",
                    "org.flywaydb..")
            .because("persistence and frameworks belong to adapters");

    @ArchTest
    static final ArchRule the_postgres_adapter_depends_on_neither_other_adapters_nor_the_server = noClasses()
            .that().resideInAPackage(POSTGRES).should().dependOnClassesThat().resideInAnyPackage(NOTIFY, SERVER);

    @ArchTest
    static final ArchRule the_notify_adapter_depends_on_neither_other_adapters_nor_the_server = noClasses()
            .that().resideInAPackage(NOTIFY).should().dependOnClassesThat().resideInAnyPackage(POSTGRES, SERVER);

    @ArchTest
    static final ArchRule the_notify_adapter_never_touches_a_database = noClasses().that().resideInAPackage(NOTIFY)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "io.micronaut.data..");

    @ArchTest
    static final ArchRule the_domain_depends_on_neither_ports_nor_services = noClasses()
            .that().resideInAPackage("org.soptrack.core.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.soptrack.core.port..", "org.soptrack.core.service..");

    @ArchTest
    static final ArchRule ports_depend_on_no_service = noClasses().that().resideInAPackage("org.soptrack.core.port..")
            .should().dependOnClassesThat().resideInAPackage("org.soptrack.core.service..");

    @ArchTest
    static final ArchRule only_wiring_touches_core_service_implementations = noClasses()
            .that().resideInAnyPackage(SERVER, POSTGRES, NOTIFY).and().resideOutsideOfPackage("org.soptrack.server.wiring..")
            .should().dependOnClassesThat().resideInAPackage("org.soptrack.core.service..")
            .because("everything else talks to core through its use-case interfaces");

    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices().matching("org.soptrack.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule every_repository_method_takes_the_tenant = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.soptrack.core.port.out..")
            .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Repository")
            .should(takeATenantId())
            .because("tenancy is explicit: no repository call may forget whose data it reads or writes");

    @ArchTest
    static final ArchRule inbound_ports_are_named_as_use_cases = classes()
            .that().resideInAPackage("org.soptrack.core.port.in..").and().areTopLevelClasses().and().areInterfaces()
            .and().doNotHaveSimpleName("Outcome").and().doNotHaveSimpleName("SignIn")
            .and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("UseCase");

    @ArchTest
    static final ArchRule outbound_ports_are_named_as_repositories_or_ports = classes()
            .that().resideInAPackage("org.soptrack.core.port.out..").and().areTopLevelClasses().and().areInterfaces()
            .and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("Repository").orShould().haveSimpleNameEndingWith("Port");

    @ArchTest
    static final ArchRule use_case_implementations_are_named_as_services = classes()
            .that().resideInAPackage("org.soptrack.core.service..")
            .and().implement(resideIn("org.soptrack.core.port.in"))
            .should().haveSimpleNameEndingWith("Service").andShould().haveModifier(JavaModifier.FINAL);

    @ArchTest
    static final ArchRule every_endpoint_has_an_explicit_security_rule = methods()
            .that(EndpointSecurity.ENDPOINTS)
            .should(EndpointSecurity.haveAnExplicitSecurityRule())
            .because("an endpoint without @Secured on it or its controller would be guarded by defaults nobody chose");

    @ArchTest
    static final ArchRule controllers_reach_data_only_through_use_cases = noClasses()
            .that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().resideInAnyPackage(POSTGRES, "java.sql..", "javax.sql..")
            .because("controllers are thin: the tenant and permission checks live in core's use cases");

    @ArchTest
    static final ArchRule row_classes_remember_their_column_names = classes()
            .that().areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
            .should().beAnnotatedWith(DescribedPredicate.describe("@NamingStrategy(ColumnNames.class)",
                    (JavaAnnotation<?> a) -> a.getRawType().isEquivalentTo(NamingStrategy.class)
                            && a.get("value").filter(v -> v instanceof JavaClass c && c.isEquivalentTo(ColumnNames.class))
                            .isPresent()))
            .because("the default naming strategy works every column's name out again for every row it reads");

    private ArchitectureTest() {
    }

    static ArchCondition<JavaMethod> takeATenantId() {
        return new ArchCondition<>("take a TenantId parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean takesTenant = method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(TenantId.class));
                if (!takesTenant) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes no TenantId"));
                }
            }
        };
    }

    static DescribedPredicate<JavaClass> resideIn(String packageName) {
        return DescribedPredicate.describe("an interface in " + packageName, c -> c.getPackageName().equals(packageName));
    }

    /** Calls the staff application's form-token check (by name: the class is package-private to its package). */
    private static final ArchCondition<JavaMethod> CHECK_THE_FORM_TOKEN = new ArchCondition<>("call Csrf.accepts") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean checks = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("accepts")
                    && call.getTargetOwner().getName().equals("org.soptrack.server.web.Csrf"));
            if (!checks) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " does not call Csrf.accepts"));
            }
        }
    };

    @ArchTest
    static final ArchRule every_change_a_page_posts_checks_the_form_token = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.soptrack.server.web..")
            .and().areAnnotatedWith(io.micronaut.http.annotation.Post.class)
            .should(CHECK_THE_FORM_TOKEN)
            .because("R-WEB-3: every state change of the staff application is refused without the browser's form "
                    + "token (CSRF)");
}
