package org.soptrack.server.web;

import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** What every browser test of the staff application starts with: the server, one browser, and the fixture. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Browser browser;
    WebFixture web;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        web = new WebFixture(server, json, browser);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    /** The element of a role with exactly this accessible name. */
    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
