package org.soptrack.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/** What counts as an HTTP endpoint, and the security rule it declares. */
final class EndpointSecurity {

    static final String SECURED = "io.micronaut.security.annotation.Secured";

    private static final Set<String> HTTP_METHODS = Set.of("Get", "Post", "Put", "Patch", "Delete", "Head", "Options");

    static final DescribedPredicate<JavaMethod> ENDPOINTS = DescribedPredicate.describe("are HTTP endpoints",
            m -> m.getOwner().isAnnotatedWith("io.micronaut.http.annotation.Controller")
                    && m.getAnnotations().stream().anyMatch(a ->
                    a.getRawType().getPackageName().equals("io.micronaut.http.annotation")
                            && HTTP_METHODS.contains(a.getRawType().getSimpleName())));

    private EndpointSecurity() {
    }

    static ArchCondition<JavaMethod> haveAnExplicitSecurityRule() {
        return new ArchCondition<>("have @Secured on the method or its controller") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (rule(method).isEmpty()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @Secured"));
                }
            }
        };
    }

    /** The security rule an endpoint runs under: its own @Secured, else its controller's. */
    static Optional<String> rule(JavaMethod method) {
        var own = method.tryGetAnnotationOfType(SECURED);
        var annotation = own.isPresent() ? own : method.getOwner().tryGetAnnotationOfType(SECURED);
        return annotation.map(a -> String.join(",", (String[]) a.get("value").orElse(new String[0])));
    }
}
