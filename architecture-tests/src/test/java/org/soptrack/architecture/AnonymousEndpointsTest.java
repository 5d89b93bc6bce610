package org.soptrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The endpoints anyone may call without a token are exactly these: signup, the login steps, refresh, accepting an
 * invitation, the retention policy, the billing and SMS providers' webhooks, the public form, a forgotten password, an
 * e-mail confirmation, a customer's unsubscribe link, the staff application's sign-in steps, and its pages that send
 * a visitor without a session to the sign-in page instead of answering 401. A new anonymous endpoint must be added
 * here on purpose. Every other endpoint requires an authenticated principal.
 */
class AnonymousEndpointsTest {

    @Test
    void only_the_listed_endpoints_are_anonymous() {
        var endpoints = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.soptrack.server").stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(EndpointSecurity.ENDPOINTS)
                .collect(Collectors.toMap(m -> m.getOwner().getSimpleName() + "." + m.getName(),
                        m -> EndpointSecurity.rule(m).orElse("none")));

        assertThat(endpoints).hasSizeGreaterThan(20);
        assertThat(endpoints.entrySet().stream().filter(e -> e.getValue().equals("isAnonymous()"))
                .map(java.util.Map.Entry::getKey))
                .containsExactlyInAnyOrder(
                        "SignupController.signUp", "AuthController.logIn", "AuthController.chooseOrganization",
                        "AuthController.secondFactor", "AuthController.refresh", "TeamController.acceptInvitation",
                        "RetentionController.policy", "BillingController.receiveBillingEvent",
                        "PublicRequestsController.submitPublicRequest", "AccountController.forgotPassword",
                        "AccountController.resetPassword", "AccountController.confirmEmail",
                        "SmsInboundController.inboundSms", "UnsubscribeController.confirm",
                        "UnsubscribeController.unsubscribe", "SignInPage.home", "SignInPage.form", "SignInPage.signIn",
                        "SignInPage.organization", "SignInPage.code", "SignInPage.signUpForm", "SignInPage.signUp",
                        "BoardPage.board", "OrderPage.show", "LinkPages.invitation", "LinkPages.accept",
                        "LinkPages.forgot", "LinkPages.requestLink", "LinkPages.resetForm", "LinkPages.setPassword",
                        "OrganizationPages.retention", "ContactPage.form", "ContactPage.submit");
        assertThat(endpoints.values()).allMatch(rule -> rule.equals("isAnonymous()") || rule.equals("isAuthenticated()"));
    }
}
