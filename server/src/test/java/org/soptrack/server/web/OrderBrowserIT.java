package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * The board's lists and an order's page in a real browser: the owner opens a status, an order, and moves it; a viewer
 * sees the order without a single move button and a post forged from the viewer's own session is refused; another
 * organization's order URL shows the not-found page. Every page passes axe-core.
 */
@MicronautTest(transactional = false)
class OrderBrowserIT extends BrowserTestSupport {

    @Test
    void the_owner_opens_a_status_and_moves_an_order_and_a_viewer_sees_no_move() throws Exception {
        WebFixture.Org org = web.organization("Order Motors");
        String sop = web.order(org, org.token(), web.customer(org, "Carla Customer"), "RO-77", "90915-YZZD1");

        Page page = web.signIn(org.ownerEmail());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1 Requested")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Requested")).isVisible())
                .isTrue();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("1").setExact(true)).click();
        page.waitForURL("**/sops/" + sop);
        assertThat(page.locator(".status").textContent()).contains("Requested");
        assertThat(page.locator(".moves button").allTextContents()).containsExactly("Ordered", "Cancelled");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ordered")).click();
        page.waitForURL("**/sops/" + sop);
        assertThat(page.locator(".status").textContent()).contains("Ordered");
        assertThat(page.locator(".history li").allTextContents()).singleElement()
                .satisfies(line -> assertThat(line).contains("REQUESTED → ORDERED"));

        String viewer = web.member(org, "VIEWER", "Vic Viewer");
        Page seen = web.signIn(viewer);
        seen.navigate(web.url("/sops/" + sop));
        assertThat(seen.locator(".status").textContent()).contains("Ordered");
        assertThat(seen.locator(".moves button").count()).as("no move for a viewer").isZero();
        String formToken = seen.context().cookies().stream().filter(c -> c.name.equals(Csrf.COOKIE)).findFirst()
                .orElseThrow().value;
        APIResponse forged = seen.context().request().post(web.url("/sops/" + sop + "/move"), RequestOptions.create().setForm(FormData.create().set("_csrf", formToken)
                .set("version", "1").set("to", "RECEIVED")).setMaxRedirects(0));
        assertThat(forged.status()).as("the server refuses what the page did not offer").isEqualTo(403);
        page.reload();
        assertThat(page.locator(".status").textContent()).contains("Ordered");

        Page other = web.signIn(web.organization("Stranger Motors").ownerEmail());
        other.navigate(web.url("/sops/" + sop));
        assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("Not found");
        assertThat(browser.accessibilityViolations(other)).isEmpty();
    }
}
