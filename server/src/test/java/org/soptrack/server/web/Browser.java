package org.soptrack.server.web;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real browser for the web tests (R-WEB-5): Playwright for Java driving Debian's {@code chromium-headless-shell}
 * (Playwright's own browser download is not used; {@code .ci/run} installs the package), and axe-core to check each
 * screen against WCAG 2.1 A and AA.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium-headless-shell");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: apt-get install -y --no-install-recommends "
                    + "chromium-headless-shell (.ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update")));
    }

    static Browser start() {
        return new Browser();
    }

    /** A page in a context of its own (its own cookies), as a separate person or device would have. */
    Page newPage() {
        return chromium.newContext().newPage();
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core finds on the page, each as "rule: the first offending element". axe
     * runs through the DevTools protocol, so the page's Content-Security-Policy (no inline script) stays in force.
     */
    List<String> accessibilityViolations(Page page) {
        page.evaluate(axeSource());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                        + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                        + ".map(v => ({id: v.id, target: String(v.nodes[0].target)}))");
        List<String> found = new ArrayList<>();
        violations.forEach(v -> found.add(v.get("id") + ": " + v.get("target")));
        return found;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
