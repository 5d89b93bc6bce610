package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.soptrack.core.memory.FakeClock;
import org.soptrack.core.memory.ReferenceTotp;
import org.soptrack.core.port.out.ClockPort;

/**
 * A parts department's day in the browser (R-WEB-5), on a fake clock: the owner signs the dealer group up, sets up an
 * authenticator app from its QR code and signs in again with its code, trusting the browser (so that the next sign-in
 * there asks for no code); opens a customer and two special orders on
 * one RO; orders them; receives both into a bin and prints their labels. Three days on, the BDC agent finds the call
 * due and logs it; the customer is notified, scheduled and the work completed. Signing out in one tab ends the other.
 * Every screen passes axe-core. With {@code -Dsoptrack.screenshots=<folder>} the main screens are saved there (the
 * README's pictures come from here: {@code docs/screenshots.sh}).
 */
@MicronautTest(transactional = false)
class PartsDayBrowserIT extends BrowserTestSupport {

    static final FakeClock CLOCK = new FakeClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private static final String PART = "90915-YZZD1";

    @MockBean(ClockPort.class)
    ClockPort clock() {
        return CLOCK;
    }

    private static void fill(Page page, String label, String value) {
        // Playwright hands the pattern to JavaScript, which has no Q-E quoting: escape by hand.
        String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        page.getByLabel(Pattern.compile("^" + literal + "( \\(optional\\))?$")).fill(value);
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, named(button)).click();
    }

    /** Checks the screen with axe-core and, when asked, keeps a picture of it. */
    private void screen(Page page, String name) {
        assertThat(browser.accessibilityViolations(page)).as(name).isEmpty();
        String folder = System.getProperty("soptrack.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.setViewportSize(1280, 800);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }

    /** Signs in with the authenticator's code, trusting this browser from then on. */
    private void signInWithCode(Page page, String email, String key) {
        page.navigate(web.url("/sign-in"));
        fill(page, "E-mail address", email);
        fill(page, "Password", WebFixture.PASSWORD);
        click(page, "Sign in");
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter your code")).isVisible()).isTrue();
        assertThat(browser.accessibilityViolations(page)).as("the code page").isEmpty();
        fill(page, "Code", ReferenceTotp.codeAt(key, CLOCK.now()));
        page.getByLabel("Trust this browser: skip the code here for a while").check();
        click(page, "Continue");
        page.waitForURL("**/board");
    }

    private void move(Page page, String sop, String to) {
        page.navigate(web.url("/sops/" + sop));
        click(page, to);
        assertThat(page.locator(".status").textContent()).contains(to);
    }

    @Test
    void a_parts_department_runs_its_day_from_the_browser() {
        String owner = "owner-" + System.nanoTime() + "@day.example";
        Page page = browser.newPage();
        page.navigate(web.url("/"));
        page.getByRole(AriaRole.LINK, named("Sign up your dealer group")).click();
        fill(page, "Dealer group", "Day Motors " + System.nanoTime());
        fill(page, "Rooftop name", "Main Street Toyota");
        fill(page, "Brand", "Toyota");
        fill(page, "City", "Springfield");
        fill(page, "State", "IL");
        fill(page, "Your name", "Olive Owner");
        fill(page, "E-mail address", owner);
        fill(page, "Password (four or more words make a strong one)", "password");
        click(page, "Sign up");
        assertThat(page.locator("#ownerPassword-problem").isVisible()).as("a weak password is refused").isTrue();
        screen(page, "sign-up");
        fill(page, "Password (four or more words make a strong one)", WebFixture.PASSWORD);
        click(page, "Sign up");
        page.waitForURL("**/board");
        String token = web.token(owner);
        String agent = web.member(new WebFixture.Org("", owner, token, ""), "BDC", "Bea Bdc");

        page.getByRole(AriaRole.LINK, named("Your profile")).click();
        fill(page, "Your password, to set up an authenticator app", WebFixture.PASSWORD);
        click(page, "Set up an authenticator app");
        String key = page.locator("code.key").textContent().strip();
        assertThat(page.getByRole(AriaRole.IMG, named("QR code of your authenticator key")).isVisible()).isTrue();
        screen(page, "authenticator");
        fill(page, "The code the app shows", ReferenceTotp.codeAt(key, CLOCK.now()));
        click(page, "Confirm the app");
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("authenticator app is set up");
        click(page, "Sign out");
        page.waitForURL("**/sign-in");
        CLOCK.advance(Duration.ofSeconds(30));
        signInWithCode(page, owner, key);

        page.getByRole(AriaRole.LINK, named("New special order")).click();
        fill(page, "Name", "Carla Customer");
        fill(page, "Phone", "(217) 555-0142");
        click(page, "Register and continue");
        page.waitForURL("**/orders/new/details**");
        String details = page.url();
        List<String> sops = new ArrayList<>();
        for (String description : List.of("Oil filter", "Drain plug gasket")) {
            page.navigate(details);
            fill(page, "Year", "2021");
            fill(page, "Make", "Toyota");
            fill(page, "Model", "Camry");
            fill(page, "RO number", "RO-5150");
            fill(page, "Part number", PART);
            fill(page, "Description", description);
            fill(page, "Quantity", "1");
            fill(page, "Vendor", "Toyota Parts Center");
            fill(page, "Unit price", "12.50");
            if (sops.isEmpty()) {
                screen(page, "new-order");
            }
            click(page, "Open the special order");
            page.waitForURL("**/sops/**");
            sops.add(page.url().substring(page.url().lastIndexOf('/') + 1));
        }
        for (String sop : sops) {
            move(page, sop, "Ordered");
        }
        page.navigate(web.url("/sops/" + sops.get(0)));
        page.getByRole(AriaRole.LINK, named("Edit")).click();
        fill(page, "Quantity", "0");
        click(page, "Save the order");
        assertThat(page.locator("#quantity-problem").textContent()).isNotBlank();
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        fill(page, "Quantity", "2");
        click(page, "Save the order");
        page.waitForURL("**/sops/" + sops.get(0));
        assertThat(page.locator(".details").textContent()).contains("Quantity2");
        page.getByLabel("A note for the team").fill("Vendor says both ship Tuesday");
        click(page, "Add the note");
        assertThat(page.locator("#notes + ol li").first().textContent()).contains("Vendor says both ship Tuesday")
                .contains("Olive Owner");
        screen(page, "order");

        page.getByRole(AriaRole.LINK, named("Board")).click();
        page.getByLabel("Find a customer or an order").fill("ro-5150");
        click(page, "Search");
        assertThat(page.locator("table.orders tbody tr").count()).as("both orders of the RO").isEqualTo(2);
        assertThat(page.locator("table.orders tbody").textContent()).contains("Carla Customer");
        page.getByLabel("Find a customer or an order").fill("carla");
        click(page, "Search");
        assertThat(page.locator("ul.history li").first().textContent()).contains("Carla Customer")
                .contains("+12175550142");
        screen(page, "search");
        page.getByRole(AriaRole.LINK, named("Carla Customer")).click();
        assertThat(page.locator("table.orders tbody tr").count()).as("her two orders").isEqualTo(2);
        fill(page, "Phone", "(217) 555-0199");
        click(page, "Save the correction");
        assertThat(page.locator(".details").textContent()).contains("+12175550199");
        screen(page, "customer");

        page.getByRole(AriaRole.LINK, named("Receiving")).click();
        fill(page, "Part number (type or scan)", PART);
        click(page, "Find waiting orders");
        page.locator("input[name=order]").nth(0).check();
        page.locator("input[name=order]").nth(1).check();
        fill(page, "Bin", "A-12");
        screen(page, "receiving");
        click(page, "Receive into bin");
        assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("2 orders received into bin A-12");
        String labels = page.getByRole(AriaRole.LINK, named("Print bin labels")).getAttribute("href");
        page.getByRole(AriaRole.LINK, named("Board")).click();
        page.getByRole(AriaRole.LINK, named("2 Received")).click();
        screen(page, "board");
        // A tablet at the parts counter, upright: the board fits its width, nothing scrolls sideways.
        page.setViewportSize(768, 1024);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a tablet").isTrue();
        page.setViewportSize(1280, 800);
        page.navigate(web.url(labels));
        assertThat(page.locator("article.label").count()).isEqualTo(2);
        screen(page, "bin-labels");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        CLOCK.advance(Duration.ofDays(3).plusMinutes(1));
        Page bdc = web.signIn(agent);
        bdc.getByRole(AriaRole.LINK, named("Calls")).click();
        assertThat(bdc.locator("table.orders tbody tr").textContent()).contains("RO-5150").contains("Carla Customer");
        screen(bdc, "calls");
        bdc.getByRole(AriaRole.LINK, named("RO-5150")).click();
        bdc.getByLabel("Result").selectOption("REACHED");
        fill(bdc, "Note", "Coming Thursday at 9");
        click(bdc, "Log the call");
        assertThat(bdc.locator(".status").textContent()).contains("Customer reached");
        screen(bdc, "repair-order");

        page.navigate(web.url("/sign-in"));
        fill(page, "E-mail address", owner);
        fill(page, "Password", WebFixture.PASSWORD);
        click(page, "Sign in");
        page.waitForURL("**/board");
        assertThat(page.url()).as("a trusted browser skips the code").endsWith("/board");
        for (String sop : sops) {
            move(page, sop, "Customer notified");
            move(page, sop, "Scheduled");
            move(page, sop, "Completed");
        }
        assertThat(page.locator(".moves button").count()).as("a completed order has no move").isZero();

        Page otherTab = page.context().newPage();
        otherTab.navigate(web.url("/board"));
        assertThat(otherTab.url()).endsWith("/board");
        page.bringToFront();
        click(page, "Sign out");
        otherTab.reload();
        assertThat(otherTab.url()).as("signing out in one tab ends the other").endsWith("/sign-in");
    }
}
