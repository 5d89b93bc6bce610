package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.notify.NotificationEvent;
import org.soptrack.core.domain.notify.OutboxMessage;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.OutboxQuery;
import org.soptrack.core.service.CorePorts;

/**
 * The team from the browser (R-TEN-4, R-WEB-2): the owner invites a parts manager; the e-mailed link (its token after
 * "#", moved into the form by the link-token extension) lets them join and sign in; a role change shows at once on
 * their next page and a removal signs them out. A forgotten password is set again from its e-mailed link. Every
 * screen passes axe-core.
 */
@MicronautTest(transactional = false)
class TeamBrowserIT extends BrowserTestSupport {

    private static final String NEW_PASSWORD = "copper kettle under the stairs";

    @Inject
    CorePorts ports;

    /** The path and fragment of the link in the newest e-mail of {@code event} to {@code address}. */
    private String link(WebFixture.Org org, NotificationEvent event, String address) {
        TenantId tenant = TenantId.parse(org.id());
        OutboxMessage message = ports.transactions().inTenant(tenant, () -> ports.outbox().find(tenant,
                        new OutboxQuery(Optional.empty(), Optional.empty(), Optional.empty(), 100)).items()).stream()
                .filter(m -> m.event() == event && m.destination().address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " to " + address));
        Matcher found = Pattern.compile("https?://[^/\\s]+(/[a-z-]+#[A-Za-z0-9_-]+)").matcher(message.content().body());
        assertThat(found.find()).as(message.content().body()).isTrue();
        return found.group(1);
    }

    @Test
    void a_member_is_invited_joins_is_demoted_and_removed_from_the_browser() {
        WebFixture.Org org = web.organization("Team Motors");
        String pat = "pat-" + System.nanoTime() + "@team.example";

        Page owner = web.signIn(org.ownerEmail());
        owner.getByRole(AriaRole.LINK, named("Team")).click();
        owner.getByLabel("E-mail address").fill(pat);
        owner.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).selectOption("PARTS_MANAGER");
        owner.getByRole(AriaRole.BUTTON, named("Send the invitation")).click();
        assertThat(owner.getByRole(AriaRole.STATUS).textContent()).contains("invitation is on its way to " + pat);
        assertThat(owner.locator(".history li").first().textContent()).contains(pat).contains("Parts manager");
        assertThat(browser.accessibilityViolations(owner)).isEmpty();

        Page joining = browser.newPage();
        joining.navigate(web.url(link(org, NotificationEvent.INVITATION, pat)));
        assertThat(joining.url()).as("the token leaves the address bar").doesNotContain("#");
        assertThat(browser.accessibilityViolations(joining)).isEmpty();
        joining.getByLabel("The e-mail address the invitation went to").fill(pat);
        joining.getByLabel("Your name").fill("Pat Parts");
        joining.getByLabel("A password (four or more words make a strong one)").fill(WebFixture.PASSWORD);
        joining.getByRole(AriaRole.BUTTON, named("Join")).click();
        assertThat(joining.getByRole(AriaRole.STATUS).textContent()).contains("you are in the team");
        joining.getByLabel("Password").fill(WebFixture.PASSWORD);
        joining.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        joining.waitForURL("**/board");
        assertThat(joining.getByRole(AriaRole.LINK, named("New special order")).isVisible()).isTrue();

        owner.navigate(web.url("/team"));
        owner.getByLabel("New role for Pat Parts").selectOption("VIEWER");
        owner.locator("tr", new Page.LocatorOptions().setHasText("Pat Parts"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change role")).click();
        assertThat(owner.getByRole(AriaRole.STATUS).textContent()).contains("role is changed");
        joining.reload();
        assertThat(joining.getByRole(AriaRole.LINK, named("New special order")).count())
                .as("a viewer's board, at once").isZero();

        owner.getByRole(AriaRole.BUTTON, named("Remove Pat Parts")).click();
        assertThat(owner.getByRole(AriaRole.STATUS).textContent()).contains("member is removed");
        joining.reload();
        assertThat(joining.url()).as("a removed member is signed out").endsWith("/sign-in");
    }

    @Test
    void a_forgotten_password_is_set_again_from_its_e_mailed_link() {
        WebFixture.Org org = web.organization("Forgetful Motors");
        Page page = browser.newPage();
        page.navigate(web.url("/sign-in"));
        page.getByRole(AriaRole.LINK, named("Forgot your password?")).click();
        page.getByLabel("E-mail address").fill(org.ownerEmail());
        page.getByRole(AriaRole.BUTTON, named("Send me a link")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("If the address belongs to an account");
        assertThat(browser.accessibilityViolations(page)).isEmpty();

        page.navigate(web.url(link(org, NotificationEvent.PASSWORD_RESET, org.ownerEmail())));
        page.getByLabel("New password (four or more words make a strong one)").fill(NEW_PASSWORD);
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.BUTTON, named("Set the password")).click();
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Your password is set");
        page.getByLabel("E-mail address").fill(org.ownerEmail());
        page.getByLabel("Password").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        page.waitForURL("**/board");
    }
}
