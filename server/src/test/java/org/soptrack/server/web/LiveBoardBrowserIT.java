package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * R-WEB-2's live board: a parts manager has the board open; an advisor opens an order and another organization opens
 * one too; the parts manager's board shows the advisor's order without a reload (htmx's server-sent-events
 * extension under the strict Content-Security-Policy), and never counts the other organization's.
 */
@MicronautTest(transactional = false)
class LiveBoardBrowserIT extends BrowserTestSupport {

    @Test
    void a_second_members_change_appears_on_an_open_board_without_a_reload() {
        WebFixture.Org org = web.organization("Live Motors");
        WebFixture.Org other = web.organization("Other Motors");
        String partsManager = web.member(org, "PARTS_MANAGER", "Pat Parts");
        String advisor = web.member(org, "ADVISOR", "Ada Advisor");
        String customer = web.customer(org, "Carla Customer");

        Page board = web.signIn(partsManager);
        // htmx announces the events stream's opening; the test notes it before any page script runs.
        board.addInitScript("document.addEventListener('htmx:sseOpen', () => { window.sseOpen = true; })");
        List<String> problems = new CopyOnWriteArrayList<>();
        board.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add(message.text());
            }
        });
        board.getByRole(AriaRole.LINK, named("0 Requested")).click();
        board.waitForURL("**status=REQUESTED");
        // The page has its events stream open before anyone changes anything.
        board.waitForFunction("() => window.sseOpen === true");

        web.order(other, other.token(), web.customer(other, "Olga Other"), "RO-9", "04465-33471");
        String sop = web.order(org, web.token(advisor), customer, "RO-1", "90915-YZZD1");

        board.getByRole(AriaRole.LINK, named("1 Requested")).waitFor();
        board.locator("a[href='/sops/" + sop + "']").waitFor();
        assertThat(board.url()).as("the page was not reloaded").endsWith("status=REQUESTED");
        assertThat(board.locator("table.orders tbody tr").count()).as("only this organization's order").isEqualTo(1);
        assertThat(problems).as("no script or policy errors in the console").isEmpty();
        assertThat(browser.accessibilityViolations(board)).isEmpty();
    }
}
