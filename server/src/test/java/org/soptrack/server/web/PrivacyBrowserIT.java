package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.shared.OperatorId;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.in.IncidentsUseCase;

/**
 * Privacy work from the browser (R-DSR, R-RET-2): an access request is recorded from the customer's page, verified,
 * and its export downloaded; an erasure request is refused while a legal hold covers the customer and carried out
 * once the hold is released. A parts manager has no "Privacy" link. An owner reads an incident that touched the
 * organization and downloads the people it covers; another organization's owner sees none of it. Every screen passes
 * axe-core.
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

    @Inject
    IncidentsUseCase incidents;

    @Test
    void an_owner_reads_an_incident_and_downloads_the_people_it_covers() throws Exception {
        WebFixture.Org org = web.organization("Incident Motors");
        web.order(org, org.token(), web.customer(org, "Carla Covered"), "RO-77", "PN-77");
        WebFixture.Org other = web.organization("Bystander Motors");
        incidents.record(OperatorId.of(UUID.randomUUID()), new IncidentsUseCase.Report(
                "A laptop with a parts-board export was stolen from a car.", Instant.parse("2026-11-30T08:00:00Z"),
                Set.of("CUSTOMERS"), List.of(new IncidentsUseCase.Affected(TenantId.parse(org.id()), Set.of()))))
                .orElseThrow();

        Page page = web.signIn(org.ownerEmail());
        page.navigate(web.url("/privacy#incidents"));
        assertThat(page.locator("#incidents + p + ul").textContent())
                .contains("A laptop with a parts-board export was stolen", "customers' contact data", "every rooftop");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        Download people = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                named("Download the people it covers")).click());
        assertThat(people.suggestedFilename()).endsWith("-people.csv");
        assertThat(Files.readString(people.path())).contains("Carla Covered", "CUSTOMERS");

        Page bystander = web.signIn(other.ownerEmail());
        bystander.navigate(web.url("/privacy"));
        assertThat(bystander.locator("#incidents + p").textContent()).contains("None");
        assertThat(bystander.content()).doesNotContain("laptop");
    }
}
