package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * Privacy work from the browser (R-DSR, R-RET-2): an access request is recorded from the customer's page, verified,
 * and its export downloaded; an erasure request is refused while a legal hold covers the customer and carried out
 * once the hold is released. A parts manager has no "Privacy" link. Every screen passes axe-core.
 */
@MicronautTest(transactional = false)
class PrivacyBrowserIT extends BrowserTestSupport {

    private void record(Page page, String customer, String type) {
        page.navigate(web.url("/customers/" + customer));
        page.getByLabel("The customer asks for").selectOption(type);
        page.getByLabel("Under").selectOption("CCPA");
        page.getByLabel("The requester's e-mail address, for the answer").fill("carla@customer.example");
        page.getByRole(AriaRole.BUTTON, named("Record the request")).click();
        page.waitForURL("**/privacy?done=*");
    }

    private void verify(Page page) {
        page.getByLabel("How the identity was checked").first().fill("Called back on the number on file");
        page.getByRole(AriaRole.BUTTON, named("Verified")).first().click();
        page.waitForURL("**/privacy?done=*");
    }

    @Test
    void requests_are_verified_and_carried_out_and_a_hold_stops_an_erasure() {
        WebFixture.Org org = web.organization("Privacy Motors");
        String customer = web.customer(org, "Carla Customer");
        String partsManager = web.member(org, "PARTS_MANAGER", "Pat Parts");
        Page page = web.signIn(org.ownerEmail());

        record(page, customer, "ACCESS");
        assertThat(page.locator("ol.history li").first().textContent()).contains("Access")
                .contains("identity not verified yet");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        verify(page);
        Download export = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                named("Download the export (completes it)")).click());
        assertThat(export.suggestedFilename()).endsWith(".zip");

        page.navigate(web.url("/customers/" + customer));
        page.getByLabel("Why this customer's data must be kept (a legal hold)").fill("Warranty dispute with the customer");
        page.getByRole(AriaRole.BUTTON, named("Place a legal hold")).click();
        page.waitForURL("**/privacy?done=*");
        record(page, customer, "ERASURE");
        verify(page);
        page.getByRole(AriaRole.BUTTON, named("Erase the customer's data")).click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).containsIgnoringCase("hold");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.BUTTON, named("Release")).click();
        page.waitForURL("**/privacy?done=*");
        page.getByRole(AriaRole.BUTTON, named("Erase the customer's data")).click();
        page.waitForURL("**/privacy?done=*");
        assertThat(page.locator("ol.history").textContent()).doesNotContain("Erase the customer's data");
        page.navigate(web.url("/customers/" + customer));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .doesNotContain("Carla");

        Page parts = web.signIn(partsManager);
        assertThat(parts.getByRole(AriaRole.LINK, named("Privacy")).count()).isZero();
    }
}
