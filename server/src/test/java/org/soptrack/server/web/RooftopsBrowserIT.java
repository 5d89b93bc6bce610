package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * Rooftops and their settings from the browser (R-WEB-2): an aging threshold core refuses (0 days) is shown next to
 * its field and nothing is saved; 10 days is saved; a second rooftop is added and appears on the board's rooftop
 * switcher. A parts manager has no "Rooftops" link. Every screen passes axe-core.
 */
@MicronautTest(transactional = false)
class RooftopsBrowserIT extends BrowserTestSupport {

    @Test
    void settings_are_checked_by_core_and_saved_and_a_rooftop_is_added() {
        WebFixture.Org org = web.organization("Rooftop Motors");
        String partsManager = web.member(org, "PARTS_MANAGER", "Pat Parts");
        Page page = web.signIn(org.ownerEmail());
        page.getByRole(AriaRole.LINK, named("Rooftops")).click();
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        Locator aging = page.getByLabel("A part is aging after");
        aging.fill("0");
        page.getByRole(AriaRole.BUTTON, named("Save Main Street Toyota")).click();
        assertThat(page.locator("[id$='-aging-problem']").textContent()).isNotBlank();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByLabel("A part is aging after").fill("10");
        page.getByRole(AriaRole.BUTTON, named("Save Main Street Toyota")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("The rooftop is saved");
        page.navigate(web.url("/rooftops"));
        assertThat(page.getByLabel("A part is aging after").inputValue()).isEqualTo("10");

        page.locator("#new-name").fill("North Lexus");
        page.locator("#new-brand").fill("Lexus");
        page.locator("#new-city").fill("Springfield");
        page.locator("#new-stateCode").fill("IL");
        page.getByRole(AriaRole.BUTTON, named("Add the rooftop")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("The rooftop is added");
        assertThat(page.getByRole(AriaRole.HEADING, named("North Lexus")).isVisible()).isTrue();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, named("Board")).click();
        assertThat(page.getByRole(AriaRole.NAVIGATION, named("Rooftops")).textContent()).contains("North Lexus");

        Page parts = web.signIn(partsManager);
        assertThat(parts.getByRole(AriaRole.LINK, named("Rooftops")).count()).isZero();
    }
}
