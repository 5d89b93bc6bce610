package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * A rooftop's notifications from the browser (R-NOT-2, R-NOT-4): a bad address is shown next to its field and nothing
 * is saved; a recipient and a route are saved; a test e-mail goes out and appears in the delivery log. A parts manager
 * has no "Notifications" link and the page refuses them. Every screen passes axe-core.
 */
@MicronautTest(transactional = false)
class NotificationsBrowserIT extends BrowserTestSupport {

    @Test
    void recipients_and_routes_are_saved_and_a_test_message_shows_in_the_log() {
        WebFixture.Org org = web.organization("Notify Motors");
        String partsManager = web.member(org, "PARTS_MANAGER", "Pat Parts");
        Page page = web.signIn(org.ownerEmail());
        page.getByRole(AriaRole.LINK, named("Notifications")).click();
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByLabel("E-mail addresses, one a line (optional)").fill("parts@dealer.example\nnot an address");
        page.getByLabel("Part received by Email").check();
        page.getByRole(AriaRole.BUTTON, named("Save the settings")).click();
        assertThat(page.locator("#emails-problem").textContent()).contains("not an e-mail address");
        assertThat(page.getByLabel("E-mail addresses, one a line (optional)").inputValue())
                .as("what was typed is kept").contains("not an address");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByLabel("E-mail addresses, one a line (optional)").fill("parts@dealer.example");
        page.getByRole(AriaRole.BUTTON, named("Save the settings")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("The settings are saved");
        page.navigate(web.url("/notifications"));
        assertThat(page.getByLabel("Part received by Email").isChecked()).isTrue();
        assertThat(page.getByLabel("E-mail addresses, one a line (optional)").inputValue())
                .isEqualTo("parts@dealer.example");

        page.getByLabel("Channel").selectOption("EMAIL");
        page.getByRole(AriaRole.BUTTON, named("Send a test")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("A test message is on its way");
        page.getByRole(AriaRole.LINK, named("Delivery log")).click();
        assertThat(page.locator("ol.history li").first().textContent()).contains("Test notification")
                .contains("parts@dealer.example");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        Page parts = web.signIn(partsManager);
        assertThat(parts.getByRole(AriaRole.LINK, named("Notifications")).count()).isZero();
        parts.navigate(web.url("/notifications"));
        assertThat(parts.getByRole(AriaRole.HEADING, named("Not allowed")).isVisible()).isTrue();
    }
}
