package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.RequestOptions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * Receiving from the browser (R-SOP-10): a part number lists the orders waiting for it; two ticked are received into
 * one bin; their labels print (the print stylesheet leaves only the labels, each with its QR code). A viewer sees the
 * waiting orders but no receive control, and a receipt forged from the viewer's session is refused.
 */
@MicronautTest(transactional = false)
class ReceivingBrowserIT extends BrowserTestSupport {

    private static final String PART = "90915-YZZD1";

    @Test
    void two_orders_are_received_into_one_bin_and_their_labels_print() {
        WebFixture.Org org = web.organization("Receiving Motors");
        String customer = web.customer(org, "Carla Customer");
        String first = web.order(org, org.token(), customer, "RO-31", PART);
        String second = web.order(org, org.token(), customer, "RO-31", PART);
        String notYetOrdered = web.order(org, org.token(), customer, "RO-32", PART);
        web.move(org.token(), first, 0, "ORDERED");
        web.move(org.token(), second, 0, "ORDERED");

        String viewer = web.member(org, "VIEWER", "Vic Viewer");
        Page viewing = web.signIn(viewer);
        viewing.navigate(web.url("/receiving?part=" + PART));
        assertThat(viewing.locator("a[href='/sops/" + first + "']").isVisible()).isTrue();
        assertThat(viewing.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive into bin"))
                .count()).as("a viewer has no receive control").isZero();
        String forged = "rooftop=" + org.rooftopId() + "&binLocation=Z-9&order=" + first + "%3A1&_csrf="
                + viewing.context().cookies().stream().filter(c -> c.name.equals("soptrack_csrf")).findFirst()
                .orElseThrow().value;
        var refused = viewing.request().post(web.url("/receiving"), RequestOptions
                .create().setHeader("Content-Type", "application/x-www-form-urlencoded")
                .setHeader("Origin", web.url("/").replaceAll("/$", "")).setData(forged));
        assertThat(refused.status()).as("the viewer's forged receipt").isEqualTo(403);

        Page page = web.signIn(org.ownerEmail());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Receiving")).click();
        page.getByLabel("Part number (type or scan)").fill(PART);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find waiting orders")).click();
        assertThat(page.locator("input[name=order]").count()).as("the two ordered, not the requested one")
                .isEqualTo(2);
        assertThat(page.locator("input[value^='" + notYetOrdered + "']").count()).isZero();
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByLabel("Bin", new Page.GetByLabelOptions().setExact(true)).fill("A-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive into bin")).click();
        assertThat(page.locator("#orders-problem").textContent()).contains("tick at least one order");
        assertThat(page.getByLabel("Bin", new Page.GetByLabelOptions().setExact(true)).inputValue())
                .as("what was typed is kept").isEqualTo("A-12");
        page.locator("input[name=order]").nth(0).check();
        page.locator("input[name=order]").nth(1).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Receive into bin")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("2 orders received into bin A-12");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print bin labels")).click();
        assertThat(page.locator("article.label").count()).isEqualTo(2);
        assertThat(page.locator("article.label").first().textContent()).contains("RO-31").contains("A-12")
                .contains("C. Customer");
        assertThat(page.locator("svg.qr path").first().getAttribute("d")).startsWith("M");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header.top").isVisible()).as("the printed page has no header").isFalse();
        assertThat(page.locator("article.label").first().isVisible()).isTrue();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.navigate(web.url("/sops/" + first));
        assertThat(page.locator(".status").textContent()).contains("Received");
        assertThat(page.locator(".details").textContent()).contains("A-12");
    }
}
