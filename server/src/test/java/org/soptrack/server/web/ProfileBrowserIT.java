package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * A member's own profile in the browser (R-SEC-8, R-DSR): their name, a new e-mail address asked for, a password
 * change refused with a wrong current password, their own data downloaded, and the account closed (which signs them
 * out for good); the last owner cannot close theirs. Every screen passes axe-core.
 */
@MicronautTest(transactional = false)
class ProfileBrowserIT extends BrowserTestSupport {

    private static final String NEW_PASSWORD = "copper kettle under the stairs";

    @Test
    void a_member_looks_after_their_own_account_and_closes_it() {
        WebFixture.Org org = web.organization("Profile Motors");
        String advisor = web.member(org, "ADVISOR", "Ada Advisor");
        Page page = web.signIn(advisor);
        page.getByRole(AriaRole.LINK, named("Your profile")).click();
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Ada Lovelace");
        page.getByRole(AriaRole.BUTTON, named("Save the name")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Your name is changed");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("Ada Lovelace");

        page.getByLabel("Current password").fill("not my password at all");
        page.getByLabel("New password").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Change the password")).click();
        assertThat(page.locator("#currentPassword-problem").textContent()).isNotBlank();
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.getByLabel("New e-mail address").fill("ada-" + System.nanoTime() + "@new.example");
        page.getByLabel("Your password, to change the address").fill(WebFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Send a confirmation link")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("A link is on its way");

        page.getByLabel("Your password, to download your data").fill(WebFixture.PASSWORD);
        Download mine = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, named("Download my data"))
                .click());
        assertThat(mine.suggestedFilename()).endsWith(".zip");

        page.navigate(web.url("/profile"));
        page.getByLabel("Your password, to close your account for good").fill(WebFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Close my account")).click();
        page.waitForURL("**/sign-in");
        page.getByLabel("E-mail address").fill(advisor);
        page.getByLabel("Password").fill(WebFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).as("a closed account signs in no more")
                .contains("wrong");

        Page owner = web.signIn(org.ownerEmail());
        owner.navigate(web.url("/profile"));
        owner.getByLabel("Your password, to close your account for good").fill(WebFixture.PASSWORD);
        owner.getByRole(AriaRole.BUTTON, named("Close my account")).click();
        assertThat(owner.locator("#closePassword-problem").textContent()).as("the last owner stays").isNotBlank();
    }
}
