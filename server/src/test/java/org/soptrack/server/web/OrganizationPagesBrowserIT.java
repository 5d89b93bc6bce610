package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * The organization's own records in the browser (R-WEB-2): the owner reads the audit log (the signup and the
 * invitation are in it) and the subscription (a trial); anyone reads the retention policy and asks for a demo (a bad
 * address shown next to its field first); a viewer has neither link
 * and the audit log refuses them. Every screen passes axe-core.
 */
@MicronautTest(transactional = false)
class OrganizationPagesBrowserIT extends BrowserTestSupport {

    @Test
    void the_owner_reads_the_audit_log_and_subscription_and_anyone_the_retention_policy() {
        WebFixture.Org org = web.organization("Records Motors");
        String viewer = web.member(org, "VIEWER", "Vic Viewer");

        Page owner = web.signIn(org.ownerEmail());
        owner.getByRole(AriaRole.LINK, named("Audit log")).click();
        assertThat(owner.locator("table.orders tbody").textContent()).contains("Member invited")
                .contains("Organization signed up");
        assertThat(browser.accessibilityViolations(owner)).isEmpty();
        owner.getByRole(AriaRole.LINK, named("Subscription")).click();
        assertThat(owner.locator(".details").textContent()).contains("Trial");
        assertThat(browser.accessibilityViolations(owner)).isEmpty();

        Page anyone = browser.newPage();
        anyone.navigate(web.url("/sign-in"));
        anyone.getByRole(AriaRole.LINK, named("How long we keep data")).click();
        assertThat(anyone.locator("table.orders tbody tr").count()).as("one row per kind of record")
                .isGreaterThan(5);
        assertThat(anyone.locator("table.orders").textContent()).contains("security log");
        assertThat(browser.accessibilityViolations(anyone)).isEmpty();

        anyone.getByRole(AriaRole.LINK, named("Ask for a demo or for help")).click();
        anyone.getByLabel("Your name").fill("Dana Dealer");
        anyone.getByLabel("Dealership").fill("Dana's Toyota");
        anyone.getByLabel("E-mail address").fill("dana@dealer");
        anyone.getByLabel("Your message").fill("We would like to see soptrack at our parts counter.");
        anyone.getByRole(AriaRole.BUTTON, named("Send")).click();
        assertThat(anyone.locator("#email-problem").textContent()).isNotBlank();
        assertThat(anyone.getByLabel("Your message").inputValue()).contains("parts counter");
        assertThat(browser.accessibilityViolations(anyone)).isEmpty();
        anyone.getByLabel("E-mail address").fill("dana@dealer.example");
        anyone.getByRole(AriaRole.BUTTON, named("Send")).click();
        assertThat(anyone.getByRole(AriaRole.STATUS).textContent()).contains("your request is in");

        Page viewing = web.signIn(viewer);
        assertThat(viewing.getByRole(AriaRole.LINK, named("Audit log")).count()).isZero();
        assertThat(viewing.getByRole(AriaRole.LINK, named("Subscription")).count()).isZero();
        viewing.navigate(web.url("/audit"));
        assertThat(viewing.getByRole(AriaRole.HEADING, named("Not allowed")).isVisible()).isTrue();
        assertThat(browser.accessibilityViolations(viewing)).as("the 403 page").isEmpty();
    }
}
