package org.soptrack.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The sign-in page in a real browser: it loads under its policy with no script error and passes axe-core. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserIT {

    @Inject
    EmbeddedServer server;

    private Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void the_front_door_shows_a_labelled_sign_in_form_that_passes_the_accessibility_check() {
        Page page = browser.newPage();
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                refused.add(m.text());
            }
        });
        page.navigate(server.getURI().toString());
        assertThat(page.url()).endsWith("/sign-in");
        assertThat(page.title()).isEqualTo("Sign in · soptrack");
        page.getByLabel("E-mail address").fill("olive@acme.example");
        page.getByLabel("Password").fill("plum tractor harbour lantern");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).isVisible()).isTrue();
        assertThat(page.evaluate("getComputedStyle(document.body).fontFamily").toString()).as("the stylesheet loaded")
                .contains("system-ui");
        assertThat(browser.accessibilityViolations(page)).isEmpty();
        assertThat(refused).as("nothing the policy refused, no script error").isEmpty();
    }
}
