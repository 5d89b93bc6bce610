package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Opening a special order from the browser: a new customer registered on the spot (an impossible phone number shown
 * next to its field first), then the part (a bad quantity and price shown next to their fields, what was typed kept),
 * then the order's page; a second order for the same customer found by the search. Each step passes axe-core.
 */
@MicronautTest(transactional = false)
class NewOrderBrowserIT extends BrowserTestSupport {

    /** The field whose label starts with {@code label} (an optional field's label goes on "(optional)"). */
    private void fill(Page page, String label, String value) {
        page.getByLabel(Pattern.compile("^" + label + "( \\(optional\\))?$")).fill(value);
    }

    private void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private void part(Page page, String ro, String quantity, String price) {
        fill(page, "Year", "2021");
        fill(page, "Make", "Toyota");
        fill(page, "Model", "Camry");
        fill(page, "RO number", ro);
        fill(page, "Part number", "90915-YZZD1");
        fill(page, "Description", "Oil filter");
        fill(page, "Quantity", quantity);
        fill(page, "Vendor", "Toyota Parts Center");
        fill(page, "Unit price", price);
        click(page, "Open the special order");
    }

    @Test
    void a_customer_and_two_orders_are_opened_from_the_browser() throws Exception {
        String email = web.organization("New Order Motors").ownerEmail();
        Page page = browser.newPage();
        page.navigate(web.url("/board"));
        assertThat(page.url()).as("a browser without a session is sent to sign in").endsWith("/sign-in");
        fill(page, "E-mail address", email);
        fill(page, "Password", WebFixture.PASSWORD);
        click(page, "Sign in");
        page.waitForURL("**/board");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New special order")).click();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        fill(page, "Name", "Renée Customer");
        fill(page, "Phone", "(555) 123-4567");
        click(page, "Register and continue");
        assertThat(page.locator("#phone-problem").textContent()).contains("not a valid phone number");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).inputValue())
                .as("what was typed is kept").isEqualTo("Renée Customer");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        fill(page, "Phone", "(217) 555-0142");
        click(page, "Register and continue");
        page.waitForURL("**/orders/new/details**");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .contains("Renée Customer");

        part(page, "RO-5150", "0", "12.5.0");
        assertThat(page.locator("#quantity-problem").isVisible()).isTrue();
        assertThat(page.locator("#unitPrice-problem").isVisible()).isTrue();
        assertThat(page.getByLabel("RO number", new Page.GetByLabelOptions().setExact(true)).inputValue())
                .isEqualTo("RO-5150");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        fill(page, "Quantity", "2");
        fill(page, "Unit price", "12.50");
        click(page, "Open the special order");
        page.waitForURL("**/sops/**");
        assertThat(page.locator(".status").textContent()).contains("Requested");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .contains("RO RO-5150");

        page.navigate(web.url("/board"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New special order")).click();
        fill(page, "Find a customer by name, phone or e-mail", "renee");
        click(page, "Find");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Renée Customer · +12175550142")).click();
        part(page, "RO-5150", "1", "30.00");
        page.waitForURL("**/sops/**");
        page.navigate(web.url("/board"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2 Requested")).isVisible())
                .isTrue();
    }
}
