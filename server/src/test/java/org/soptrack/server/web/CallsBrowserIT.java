package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.port.out.ClockPort;

/**
 * The BDC's day from the browser (R-SOP-4c): both parts of an RO arrive; three days later (the README's first-contact
 * delay, on a fake clock) the call is on the BDC agent's list with the customer's phone; the agent opens the RO, logs
 * a call that reached the customer, and the RO leaves the list. Two weeks after arrival both parts are on the aging
 * report with their value at risk, and the owner keeps one past its return deadline; the board shows their age and
 * badges. A viewer has no "Calls" link, and the list refuses them.
 */
@MicronautTest(transactional = false)
class CallsBrowserIT extends BrowserTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    @Test
    void the_bdc_agent_sees_the_call_due_and_logs_it() {
        WebFixture.Org org = web.organization("Calls Motors");
        String customer = String.valueOf(web.post("/api/v1/customers", org.token(), Map.of("name", "Carla Customer",
                "phone", "+12175550142")).get("id"));
        String first = web.order(org, org.token(), customer, "RO-41", "90915-YZZD1");
        String second = web.order(org, org.token(), customer, "RO-41", "04465-33471");
        for (String order : List.of(first, second)) {
            web.move(org.token(), order, 0, "ORDERED");
            web.move(org.token(), order, 1, "RECEIVED");
        }
        String agent = web.member(org, "BDC", "Bea Bdc");
        String viewer = web.member(org, "VIEWER", "Vic Viewer");

        Page page = web.signIn(agent);
        page.getByRole(AriaRole.LINK, named("Calls")).click();
        assertThat(page.getByText("No call is due now.").isVisible()).as("not before the first-contact delay")
                .isTrue();

        CLOCK.advance(Duration.ofDays(3).plusMinutes(1));
        page = web.signIn(agent);
        page.getByRole(AriaRole.LINK, named("Calls")).click();
        assertThat(page.locator("table.orders tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("table.orders tbody tr").textContent()).contains("Carla Customer")
                .contains("+12175550142").contains("2 of 2");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, named("RO-41")).click();
        assertThat(page.locator(".status").textContent()).contains("All 2 parts arrived");
        assertThat(page.locator("table.orders tbody tr").count()).isEqualTo(2);
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByLabel("How").selectOption("CALL");
        page.getByLabel("Result").selectOption("REACHED");
        page.getByLabel("Note (optional)").fill("Coming Thursday at 9");
        page.getByRole(AriaRole.BUTTON, named("Log the call")).click();
        assertThat(page.locator(".history li").allTextContents()).singleElement()
                .satisfies(line -> assertThat(line).contains("Call, Reached — Coming Thursday at 9"));
        assertThat(page.locator(".status").textContent()).contains("Customer reached");

        page.getByRole(AriaRole.LINK, named("Calls")).click();
        assertThat(page.getByText("No call is due now.").isVisible()).isTrue();

        // Two weeks on the shelf (the README's aging threshold): on the aging report with the money at risk.
        CLOCK.advance(Duration.ofDays(11));
        Page owner = web.signIn(org.ownerEmail());
        owner.getByRole(AriaRole.LINK, named("Aging")).click();
        assertThat(owner.locator(".status").textContent())
                .contains("2 parts are past the aging threshold: 25.00 at risk");
        assertThat(owner.locator("table.orders").first().locator("tbody tr").count()).isEqualTo(2);
        assertThat(browser.accessibilityViolations(owner)).isEmpty();
        owner.navigate(web.url("/sops/" + first));
        owner.getByLabel("Why the part stays (it will not be returned to the vendor)").fill("Customer pays Friday");
        owner.getByRole(AriaRole.BUTTON, named("Keep the part")).click();
        assertThat(owner.getByText("Kept by decision").textContent()).contains("Customer pays Friday");
        assertThat(browser.accessibilityViolations(owner)).isEmpty();
        owner.navigate(web.url("/board?status=RECEIVED"));
        assertThat(owner.locator("table.orders tbody tr").allTextContents()).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains("14 days").contains("aging"))
                .anySatisfy(row -> assertThat(row).contains("kept"))
                .anySatisfy(row -> assertThat(row).contains("return by"));
        assertThat(browser.accessibilityViolations(owner)).isEmpty();

        Page viewing = web.signIn(viewer);
        assertThat(viewing.getByRole(AriaRole.LINK, named("Calls")).count()).as("no link for a viewer").isZero();
        viewing.navigate(web.url("/calls"));
        assertThat(viewing.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("Not allowed");
    }
}
